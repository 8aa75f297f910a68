// libFuzzer entry for the GraphML importer and every command on an imported chart (`make fuzz`).
import Foundation
import FuzzTargets

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    if case .broken(let why) = FuzzTargets.graphML(Data(bytes: bytes, count: count)) { fatalError(why) }
    return 0
}
