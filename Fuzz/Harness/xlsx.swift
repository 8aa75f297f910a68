// libFuzzer entry for xlsx workbooks (whole files, or their parts zipped here) through `ramping import` (`make fuzz`).
import Foundation
import FuzzTargets

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    if case .broken(let why) = FuzzTargets.xlsx(Data(bytes: bytes, count: count)) { fatalError(why) }
    return 0
}
