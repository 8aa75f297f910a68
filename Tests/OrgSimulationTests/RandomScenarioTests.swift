import Testing
import OrgFiles
import OrgModel
import OrgSimulation
import TestSupport

@Suite("Random scenarios keep the invariants or fail cleanly")
struct RandomScenarioTests {
    @Test("400 random step sequences on the small chart")
    func random() throws {
        var rng = Xorshift(state: 0xC0FFEE)
        let units = simChart.units.map(\.id) + ["tidak-ada"]
        let posts = simChart.positions.map(\.id) + ["tidak-ada"]
        var succeeded = 0
        for trial in 0..<400 {
            var steps: [ScenarioStep.Action] = []
            for _ in 0..<(1 + Int(rng.next() % 5)) {
                switch rng.next() % 11 {
                case 0: steps.append(.merge(units: [rng.pick(units), rng.pick(units)], into: Unit(id: "baru\(trial)", name: "Baru", kind: rng.pick([.dinas, .bidang])),
                                            head: rng.pick([nil] + posts.map { Optional($0) })))
                case 1: steps.append(.abolish(unit: rng.pick(units), tasksTo: rng.pick([nil] + (units + posts).map { Optional($0) })))
                case 2: steps.append(.moveUnit(unit: rng.pick(units), to: rng.pick(units)))
                case 3: steps.append(.movePosition(position: rng.pick(posts), to: rng.pick(units)))
                case 4: steps.append(.renameUnit(unit: rng.pick(units), name: "Nama \(trial)"))
                case 5: steps.append(.convert(level: rng.pick([.pengawas, .administrator]), to: .fungsional, jenjang: rng.pick([.ahliMuda, .ahliMadya]),
                                              keepIn: rng.pick([[], [.kecamatan], [.sekretariat, .kecamatan]]), keepUnits: []))
                case 6: steps.append(.set(position: rng.pick(posts), seats: rng.pick([nil, 1, 3]), title: nil, grade: rng.pick([nil, 5])))
                case 7: steps.append(.addUnit(Unit(id: "u\(trial)", name: "Unit", kind: .bidang, parent: rng.pick(units))))
                case 8: steps.append(.addPosition(Position(id: "p\(trial)", title: "Staf", unit: rng.pick(units), level: .pelaksana, seats: 2,
                                                           workload: [WorkloadTask(task: "Baru", volume: 10, minutes: 6)])))
                case 9: steps.append(.removePosition(position: rng.pick(posts), tasksTo: rng.pick([nil] + posts.map { Optional($0) })))
                default: steps.append(.place(includeHolders: rng.next() % 2 == 0))
                }
            }
            let scenario = Scenario(name: "acak \(trial)", steps: steps.enumerated().map { ScenarioStep($0.element, line: $0.offset + 1, column: 3) })
            do {
                let sim = try Simulator.run(simChart, scenario)
                succeeded += 1
                let lost = !sim.nobodyLost, unbalanced = !sim.workloadConserved
                #expect(!lost && !unbalanced, "trial \(trial): \(steps)")
                #expect(OrgGraph.resolve(sim.after).graph != nil, "trial \(trial) left an invalid chart")
                #expect(load(ChartWriter.yaml(sim.after)).chart == sim.after, "trial \(trial) does not read back")
                let again = try Simulator.run(simChart, scenario)
                #expect(again.after == sim.after, "trial \(trial) is not deterministic")
            } catch {
                // A clean failure names a step that exists.
                #expect((1...steps.count).contains(error.step), "trial \(trial): \(error)")
            }
        }
        // The generator must reach the interesting cases, not only failures.
        #expect(succeeded > 60, "only \(succeeded) of 400 random scenarios applied")
    }
}
