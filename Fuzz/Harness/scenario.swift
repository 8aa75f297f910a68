// libFuzzer entry for the scenario loader and the simulation of a loaded scenario on the tutorial chart
// (`make fuzz`, run from the repository root).
import Foundation
import FuzzTargets
import OrgFiles
import OrgModel

let base: OrgGraph = {
    guard let graph = ChartLoader.load(path: "OrgCharts/kabupaten-contoh.yaml").graph else {
        fatalError("run from the repository root: OrgCharts/kabupaten-contoh.yaml is the base chart")
    }
    return graph
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    if case .broken(let why) = FuzzTargets.scenario(Data(bytes: bytes, count: count), on: base) { fatalError(why) }
    return 0
}
