public import OrgModel
import OrgAnalysis

extension Simulation {
    /// Everyone before is still there after, in a post or in the pool.
    public var nobodyLost: Bool { Set(before.people.map(\.nip)) == Set(after.people.map(\.nip)) && before.people.count == after.people.count }

    public var minutesBefore: Double { before.positions.reduce(0) { $0 + $1.workload.reduce(0) { $0 + $1.totalMinutes } } }
    public var minutesAfter: Double { after.positions.reduce(0) { $0 + $1.workload.reduce(0) { $0 + $1.totalMinutes } } }

    /// Workload before + the work of new posts = workload after + dropped, to the minute.
    public var workloadConserved: Bool { abs(minutesBefore + addedMinutes - (minutesAfter + droppedMinutes)) < 0.5 }

    /// The change report: every step with what it did, who moved, what work was dropped, the before/after
    /// table, and the checks of the invariants.
    public func markdown(_ l: Language, beforeGraph: OrgGraph, afterGraph: OrgGraph) -> String {
        var out = "# \(l.pick("Skenario", "Scenario")): \(scenario.name)\n\n"
        out += l.pick("Bagan awal: \(before.organisation.name), per \(l.date(before.organisation.asOf)). \(l.integer(steps.count)) langkah.\n\n",
                      "Starting chart: \(before.organisation.name), as of \(l.date(before.organisation.asOf)). \(l.counted(steps.count, "", "step", "steps")).\n\n")
        // The summary a hearing reads first: the totals of every step and what the structure costs.
        let total = { (f: (StepReport) -> Int) in steps.reduce(0) { $0 + f($1) } }
        let n = { (v: Int) in l.integer(v) }
        let pool = { (g: OrgGraph) in l.integer(g.personPosition.count { $0 < 0 }) }
        out += "## \(l.pick("Ringkasan", "Summary"))\n\n"
        out += l.pick("- Unit: \(n(before.units.count)) → \(n(after.units.count)) (\(n(total(\.unitsCreated))) dibentuk, \(n(total(\.unitsAbolished))) dihapus)\n",
                      "- Units: \(n(before.units.count)) → \(n(after.units.count)) (\(n(total(\.unitsCreated))) created, \(n(total(\.unitsAbolished))) abolished)\n")
        out += l.pick("- Jabatan: \(n(before.positions.count)) → \(n(after.positions.count)) (\(n(total(\.postsCreated))) dibentuk, \(n(total(\.postsAbolished))) dihapus, \(n(total(\.postsConverted))) disetarakan ke jabatan fungsional, \(n(total(\.postsMoved))) dipindah)\n",
                      "- Posts: \(n(before.positions.count)) → \(n(after.positions.count)) (\(n(total(\.postsCreated))) created, \(n(total(\.postsAbolished))) abolished, \(n(total(\.postsConverted))) converted to functional, \(n(total(\.postsMoved))) moved)\n")
        out += l.pick("- Pegawai: \(n(total(\.peopleToPool))) kehilangan jabatan karena jabatannya dihapus, \(n(total(\.peoplePlaced))) ditempatkan; pegawai tanpa jabatan \(pool(beforeGraph)) → \(pool(afterGraph))\n",
                      "- People: \(n(total(\.peopleToPool))) left without a post as their posts went, \(n(total(\.peoplePlaced))) placed; people without a post \(pool(beforeGraph)) → \(pool(afterGraph))\n")
        out += Comparison.costLine(l, before: beforeGraph, after: afterGraph) + "\n\n"
        out += "## \(l.pick("Langkah", "Steps"))\n\n"
        for s in steps {
            let label = scenario.steps.indices.contains(s.index - 1) ? scenario.steps[s.index - 1].label(l) : s.name
            out += "### \(s.index). \(label.prefix(1).uppercased() + label.dropFirst()) (\(l.pick("baris", "line")) \(s.line))\n\n"
            for effect in s.effects { out += "- \(effect.text(l))\n" }
            var effects: [String] = []
            func add(_ c: Int, _ id: String, _ en: String, _ ens: String) { if c > 0 { effects.append(l.counted(c, id, en, ens)) } }
            add(s.unitsCreated, "unit dibentuk", "unit created", "units created"); add(s.unitsAbolished, "unit dihapus", "unit abolished", "units abolished")
            add(s.postsCreated, "jabatan dibentuk", "post created", "posts created"); add(s.postsAbolished, "jabatan dihapus", "post abolished", "posts abolished")
            add(s.postsConverted, "jabatan disetarakan", "post converted", "posts converted"); add(s.postsMoved, "jabatan dipindah", "post moved", "posts moved")
            add(s.peopleToPool, "pegawai kehilangan jabatan", "person left without a post", "people left without a post")
            add(s.peoplePlaced, "pegawai ditempatkan", "person placed", "people placed")
            add(s.tasksRehomed, "tugas dialihkan", "task re-homed", "tasks re-homed"); add(s.tasksDropped, "tugas tidak dialihkan", "task dropped", "tasks dropped")
            out += "- **\(l.pick("Dampak", "Effect"))**: \(effects.isEmpty ? l.pick("tidak ada perubahan jumlah", "no change in counts") : effects.joined(separator: ", "))\n\n"
        }
        if !moves.isEmpty {
            out += "## \(l.pick("Pegawai yang berpindah", "People who moved"))\n\n"
            let none = l.pick("(tanpa jabatan)", "(no post)")
            let t = Table(title: "", columns: ["NIP", l.pick("nama", "name"), l.pick("dari", "from"), l.pick("ke", "to"), l.pick("langkah", "step"), l.pick("alasan", "reason")],
                          alignments: [.left, .left, .left, .left, .right, .left],
                          rows: moves.map { [$0.nip, $0.name, $0.fromTitle ?? none, $0.toTitle ?? none, String($0.step), $0.reason.text(l)] })
            out += t.markdown() + "\n"
        }
        if !droppedTasks.isEmpty {
            let titles = Dictionary(before.positions.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
            out += "## \(l.pick("Tugas yang tidak dialihkan", "Work no post took over"))\n\n"
            let t = Table(title: "", columns: [l.pick("dari jabatan", "from post"), l.pick("tugas", "task"), l.pick("jam/tahun", "hours a year")],
                          alignments: [.left, .left, .right],
                          rows: droppedTasks.map { [titles[$0.post] ?? $0.post, $0.task.task, l.number($0.task.totalMinutes / 60, decimals: 1)] })
            out += t.markdown() + "\n"
        }
        out += "## \(l.pick("Sebelum dan sesudah", "Before and after"))\n\n"
        let comparison = Comparison([(l.pick("sebelum", "before"), beforeGraph), (l.pick("sesudah", "after"), afterGraph)])
        for table in comparison.tables(l, limit: nil) {
            var t = table
            t.title = ""
            out += t.markdown() + "\n"
        }
        out += comparison.tables.structuralLine(l) + "\n\n"
        out += "## \(l.pick("Pemeriksaan", "Checks"))\n\n"
        out += "- " + (nobodyLost
            ? l.pick("Tidak ada pegawai yang hilang: \(n(before.people.count)) sebelum, \(n(after.people.count)) sesudah (\(pool(afterGraph)) tanpa jabatan).",
                     "Nobody is lost: \(n(before.people.count)) before, \(n(after.people.count)) after (\(pool(afterGraph)) without a post).")
            : l.pick("PERHATIAN: jumlah pegawai berubah.", "WARNING: the number of people changed.")) + "\n"
        let h = { (m: Double) in l.number(m / 60, decimals: 1) }
        out += "- " + (workloadConserved
            ? l.pick("Beban kerja terjaga: \(h(minutesBefore)) jam sebelum + \(h(addedMinutes)) jam jabatan baru = \(h(minutesAfter)) jam sesudah + \(h(droppedMinutes)) jam tidak dialihkan.",
                     "Workload conserved: \(h(minutesBefore)) hours before + \(h(addedMinutes)) hours of new posts = \(h(minutesAfter)) hours after + \(h(droppedMinutes)) hours dropped.")
            : l.pick("PERHATIAN: beban kerja tidak seimbang.", "WARNING: the workload does not balance.")) + "\n"
        out += "- " + l.pick("Bagan hasil sah (diperiksa setelah setiap langkah).", "The resulting chart is valid (checked after every step).") + "\n"
        return out
    }
}
