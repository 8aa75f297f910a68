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
        out += l.pick("Bagan awal: \(before.organisation.name), per \(before.organisation.asOf). \(steps.count) langkah.\n\n",
                      "Starting chart: \(before.organisation.name), as of \(before.organisation.asOf). \(steps.count) steps.\n\n")
        // The summary a hearing reads first: the totals of every step and what the structure costs.
        let total = { (f: (StepReport) -> Int) in steps.reduce(0) { $0 + f($1) } }
        out += "## \(l.pick("Ringkasan", "Summary"))\n\n"
        out += l.pick("- Unit: \(before.units.count) → \(after.units.count) (\(total(\.unitsCreated)) dibentuk, \(total(\.unitsAbolished)) dihapus)\n",
                      "- Units: \(before.units.count) → \(after.units.count) (\(total(\.unitsCreated)) created, \(total(\.unitsAbolished)) abolished)\n")
        out += l.pick("- Jabatan: \(before.positions.count) → \(after.positions.count) (\(total(\.postsCreated)) dibentuk, \(total(\.postsAbolished)) dihapus, \(total(\.postsConverted)) dialihkan ke fungsional, \(total(\.postsMoved)) dipindah)\n",
                      "- Posts: \(before.positions.count) → \(after.positions.count) (\(total(\.postsCreated)) created, \(total(\.postsAbolished)) abolished, \(total(\.postsConverted)) converted to functional, \(total(\.postsMoved)) moved)\n")
        out += l.pick("- Pegawai: \(total(\.peopleToPool)) masuk pool karena jabatannya dihapus, \(total(\.peoplePlaced)) ditempatkan; pool \(beforeGraph.personPosition.count { $0 < 0 }) → \(afterGraph.personPosition.count { $0 < 0 })\n",
                      "- People: \(total(\.peopleToPool)) to the pool as their posts went, \(total(\.peoplePlaced)) placed; pool \(beforeGraph.personPosition.count { $0 < 0 }) → \(afterGraph.personPosition.count { $0 < 0 })\n")
        out += Comparison.costLine(l, before: beforeGraph, after: afterGraph) + "\n\n"
        out += "## \(l.pick("Langkah", "Steps"))\n\n"
        for s in steps {
            out += "### \(s.index). \(s.name) (\(l.pick("baris", "line")) \(s.line))\n\n"
            for line in s.lines { out += "- \(line.text(l))\n" }
            var effects: [String] = []
            func add(_ n: Int, _ id: String, _ en: String) { if n > 0 { effects.append("\(n) \(l.pick(id, en))") } }
            add(s.unitsCreated, "unit dibentuk", "units created"); add(s.unitsAbolished, "unit dihapus", "units abolished")
            add(s.postsCreated, "jabatan dibentuk", "posts created"); add(s.postsAbolished, "jabatan dihapus", "posts abolished")
            add(s.postsConverted, "jabatan dialihkan", "posts converted"); add(s.postsMoved, "jabatan dipindah", "posts moved")
            add(s.peopleToPool, "pegawai ke pool", "people to the pool"); add(s.peoplePlaced, "pegawai ditempatkan", "people placed")
            add(s.tasksRehomed, "tugas dialihkan", "tasks re-homed"); add(s.tasksDropped, "tugas tidak dialihkan", "tasks dropped")
            out += "- **\(l.pick("Dampak", "Effect"))**: \(effects.isEmpty ? l.pick("tidak ada perubahan jumlah", "no change in counts") : effects.joined(separator: ", "))\n\n"
        }
        if !moves.isEmpty {
            out += "## \(l.pick("Pegawai yang berpindah", "People who moved"))\n\n"
            let t = Table(title: "", columns: ["NIP", l.pick("nama", "name"), l.pick("dari", "from"), l.pick("ke", "to"), l.pick("langkah", "step"), l.pick("alasan", "reason")],
                          alignments: [.left, .left, .left, .left, .right, .left],
                          rows: moves.map { [$0.nip, $0.name, $0.from ?? "pool", $0.to ?? "pool", String($0.step), $0.reason.text(l)] })
            out += t.markdown() + "\n"
        }
        if !droppedTasks.isEmpty {
            out += "## \(l.pick("Tugas yang tidak dialihkan", "Work no post took over"))\n\n"
            let t = Table(title: "", columns: [l.pick("dari jabatan", "from post"), l.pick("tugas", "task"), l.pick("jam/tahun", "hours a year")],
                          alignments: [.left, .left, .right],
                          rows: droppedTasks.map { [$0.post, $0.task.task, formatNumber($0.task.totalMinutes / 60, decimals: 1)] })
            out += t.markdown() + "\n"
        }
        out += "## \(l.pick("Sebelum dan sesudah", "Before and after"))\n\n"
        let comparison = Comparison([(l.pick("sebelum", "before"), beforeGraph), (l.pick("sesudah", "after"), afterGraph)])
        for table in comparison.tables(l, limit: nil) {
            var t = table
            t.title = ""
            out += t.markdown() + "\n"
        }
        out += l.pick("Tunjangan struktural: tabel Perpres 26/2007 kecuali diatur di settings.structural_allowance.\n\n",
                      "Structural allowance: the Perpres 26/2007 table unless settings.structural_allowance says otherwise.\n\n")
        out += "## \(l.pick("Pemeriksaan", "Checks"))\n\n"
        out += "- " + (nobodyLost
            ? l.pick("Tidak ada pegawai yang hilang: \(before.people.count) sebelum, \(after.people.count) sesudah (\(afterGraph.personPosition.count { $0 < 0 }) di pool).",
                     "Nobody is lost: \(before.people.count) before, \(after.people.count) after (\(afterGraph.personPosition.count { $0 < 0 }) in the pool).")
            : l.pick("PERHATIAN: jumlah pegawai berubah.", "WARNING: the number of people changed.")) + "\n"
        let h = { (m: Double) in formatNumber(m / 60, decimals: 1) }
        out += "- " + (workloadConserved
            ? l.pick("Beban kerja terjaga: \(h(minutesBefore)) jam sebelum + \(h(addedMinutes)) jam jabatan baru = \(h(minutesAfter)) jam sesudah + \(h(droppedMinutes)) jam tidak dialihkan.",
                     "Workload conserved: \(h(minutesBefore)) hours before + \(h(addedMinutes)) hours of new posts = \(h(minutesAfter)) hours after + \(h(droppedMinutes)) hours dropped.")
            : l.pick("PERHATIAN: beban kerja tidak seimbang.", "WARNING: the workload does not balance.")) + "\n"
        out += "- " + l.pick("Bagan hasil sah (diperiksa setelah setiap langkah).", "The resulting chart is valid (checked after every step).") + "\n"
        return out
    }
}
