// libFuzzer entry for the chart loader and every command on a chart that validates (`make fuzz`).
import Foundation
import FuzzTargets

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    if case .broken(let why) = FuzzTargets.chart(Data(bytes: bytes, count: count)) { fatalError(why) }
    return 0
}
