// libFuzzer entry for text tables (CSV, HTML-as-.xls, SIASN JSON) through `ramping import` (`make fuzz`).
import Foundation
import FuzzTargets

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    if case .broken(let why) = FuzzTargets.csv(Data(bytes: bytes, count: count)) { fatalError(why) }
    return 0
}
