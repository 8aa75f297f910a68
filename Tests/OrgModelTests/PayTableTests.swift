import Testing
import OrgModel

/// The gaji pokok table (Lampiran PP 5/2024) against the official text. The text published in
/// mblonyox/data-peraturan (pp/2024/5/fulltext.md) is an OCR of the signed copy whose table is mostly
/// scrambled; these are the cells whose figure is legible there (OCR slips such as `2.3AS.OOO`,
/// `3-9la_ 100` read back to the printed figure), each at the golongan and MKG the Lampiran prints it.
@Suite("Gaji pokok PNS, Lampiran PP 5/2024")
struct PayTableTests {
    static let legibleInOfficialText: [(Rank, Int, Int)] = [
        (.iA, 22, 2_370_900), (.iA, 26, 2_522_600), (.iB, 27, 2_670_700), (.iD, 11, 2_264_000),
        (.iiA, 19, 2_932_500), (.iiA, 25, 3_218_400), (.iiA, 29, 3_424_300), (.iiA, 33, 3_643_400),
        (.iiB, 3, 2_385_000), (.iiC, 21, 3_286_200), (.iiD, 17, 3_219_200), (.iiD, 21, 3_425_200),
        (.iiiA, 4, 2_964_000), (.iiiA, 22, 3_918_100), (.iiiA, 28, 4_300_100), (.iiiB, 32, 4_768_800),
        (.iiiC, 10, 3_533_900), (.iiiC, 20, 4_126_600), (.iiiC, 24, 4_390_700), (.iiiD, 2, 3_253_700),
        (.iiiD, 20, 4_301_200), (.ivA, 16, 4_213_500), (.ivB, 0, 3_426_900), (.ivB, 12, 4_127_700),
        (.ivB, 22, 4_819_900), (.ivC, 18, 4_721_700), (.ivC, 28, 5_513_600), (.ivE, 16, 4_973_000),
        (.ivE, 26, 5_807_000),
    ]

    @Test("every cell legible in the official text is the table's cell at that golongan and MKG")
    func officialCells() throws {
        for (rank, mkg, amount) in Self.legibleInOfficialText {
            let row = try #require(Pay.baseSalaryTable[rank])
            let cell = row.first { $0.mkg == mkg }
            #expect(cell?.amount == amount, "\(rank.rawValue) MKG \(mkg)")
        }
    }

    @Test("each row has the Lampiran's steps: 272 cells, I/a and III–IV from MKG 0 every 2 years, I/b–II/d from 3 on odd years, II/a 0, 1, 3 … 33")
    func shape() throws {
        #expect(Pay.baseSalaryTable.count == 17)
        #expect(Pay.baseSalaryTable.values.reduce(0) { $0 + $1.count } == 272)
        #expect(Pay.baseSalaryTable[.iA]!.map(\.mkg) == Array(stride(from: 0, through: 26, by: 2)))
        for r in [Rank.iB, .iC, .iD] { #expect(Pay.baseSalaryTable[r]!.map(\.mkg) == Array(stride(from: 3, through: 27, by: 2))) }
        #expect(Pay.baseSalaryTable[.iiA]!.map(\.mkg) == [0, 1] + Array(stride(from: 3, through: 33, by: 2)))
        for r in [Rank.iiB, .iiC, .iiD] { #expect(Pay.baseSalaryTable[r]!.map(\.mkg) == Array(stride(from: 3, through: 33, by: 2))) }
        for r in Rank.allCases where r >= .iiiA { #expect(Pay.baseSalaryTable[r]!.map(\.mkg) == Array(stride(from: 0, through: 32, by: 2))) }
    }

    @Test("a typing slip would show: every step rises by the table's 3.15 % (II/a's MKG 1 by half of it)")
    func stepsRiseEvenly() {
        for (rank, row) in Pay.baseSalaryTable {
            for (a, b) in zip(row, row.dropFirst()) {
                let ratio = Double(b.amount) / Double(a.amount)
                let expected = rank == .iiA && a.mkg == 0 ? 1.0158 : 1.0315
                #expect(abs(ratio - expected) < 0.0006, "\(rank.rawValue) MKG \(a.mkg) → \(b.mkg): \(ratio)")
            }
        }
    }

    @Test("a masa kerja between steps takes the step at or below it; before the first, the first; past the last, the last")
    func lookup() {
        let s = Settings()
        #expect(Pay.baseSalary(.iiiA, years: 0, s) == 2_785_700)
        #expect(Pay.baseSalary(.iiiA, years: 3, s) == 2_873_500)
        #expect(Pay.baseSalary(.iB, years: 0, s) == 1_840_800)
        #expect(Pay.baseSalary(.iiA, years: 2, s) == 2_218_400)
        #expect(Pay.baseSalary(.ivE, years: 40, s) == 6_373_200)
        #expect(Pay.baseSalary(.iA, years: 27, s) == 2_522_600)
    }

    @Test("a chart's own first and last figures replace the row, with the steps between in proportion")
    func chartOverride() {
        var s = Settings()
        s.baseSalary[.iiiA] = 3_000_000...6_000_000
        #expect(Pay.baseSalary(.iiiA, years: 0, s) == 3_000_000)
        #expect(Pay.baseSalary(.iiiA, years: 32, s) == 6_000_000)
        // 16 steps of 2^(1/16): half-way (MKG 16) is 3,000,000 × √2 = 4,242,640.7 → 4,242,600.
        #expect(Pay.baseSalary(.iiiA, years: 16, s) == 4_242_600)
        #expect(Pay.baseSalary(.iiiB, years: 0, s) == 2_903_600)
    }
}
