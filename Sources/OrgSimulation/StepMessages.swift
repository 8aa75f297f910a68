public import OrgModel
public import OrgAnalysis

// What a simulation says, as values: the effects of each step, why someone moved, and why a step
// cannot apply. Tests match on the cases; people read `text(_:)`, in Indonesian (the default) or
// English, with the units' and posts' names, never their ids, and numbers the reader's way.

/// The step's name as a planner reads it ("penggabungan", not "merge").
extension ScenarioStep {
    public func label(_ l: Language) -> String {
        switch action {
        case .merge: l.pick("penggabungan unit", "merge units")
        case .abolish: l.pick("penghapusan unit", "abolish a unit")
        case .moveUnit: l.pick("pemindahan unit", "move a unit")
        case .movePosition: l.pick("pemindahan jabatan", "move a post")
        case .renameUnit: l.pick("penggantian nama unit", "rename a unit")
        case .renamePosition: l.pick("penggantian nama jabatan", "rename a post")
        case .convert: l.pick("penyetaraan jabatan", "convert posts")
        case .set: l.pick("perubahan jabatan", "change a post")
        case .addUnit: l.pick("pembentukan unit", "add a unit")
        case .addPosition: l.pick("pembentukan jabatan", "add a post")
        case .removePosition: l.pick("penghapusan jabatan", "remove a post")
        case .place: l.pick("penempatan pegawai", "place people")
        }
    }
}

/// A list read aloud: "A, B dan C" / "A, B and C".
func spoken(_ items: [String], _ l: Language) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + l.pick(" dan ", " and ") + items.last!
}

/// One thing a step did, for the change report.
public enum StepEffect: Hashable, Sendable {
    /// Units (their names) became one unit.
    case unitsMerged(units: [String], into: String)
    /// After a merge, one head leads; the other head posts (their titles) are abolished.
    case mergedHeadKept(head: String?, abolished: [String])
    /// A unit was abolished with the units below it and its posts.
    case unitAbolished(unit: String, unitsBelow: Int, posts: Int)
    /// Staff posts of an abolished unit moved to the receiving unit.
    case staffPostsMoved(count: Int, to: String)
    case unitMoved(unit: String, from: String?, to: String)
    case postMoved(post: String, from: String, to: String, people: Int, tasks: Int)
    /// A head post moved into a unit that has a head: it heads nothing any more.
    case postNoLongerHead(post: String, unit: String)
    case unitRenamed(from: String, to: String)
    case postRenamed(from: String, to: String)
    /// Posts of one level became functional or pelaksana posts (penyetaraan); `kept` stayed.
    case postsConverted(count: Int, level: Level, to: Level, jenjang: Jenjang?, kept: Int, keptIn: [UnitKind])
    /// Seksi, subbidang or subbagian without a structural head became functional groups.
    case unitsBecameFunctionalGroups(count: Int)
    /// The holders of converted posts stay and keep their income (PermenPANRB 17/2021).
    case holdersKeepIncome
    case seatsChanged(post: String, from: Int, to: Int)
    case moreHoldersThanSeats(post: String, people: Int, seats: Int)
    case titleChanged(post: String, to: String)
    case gradeChanged(post: String, grade: Int)
    case unitAdded(unit: String, kind: UnitKind, parent: String)
    case postAdded(post: String, unit: String, seats: Int)
    case postRemoved(post: String)
    case careerPathsRemoved(count: Int)
    /// Work of abolished posts went to a post (its title).
    case tasksRehomed(count: Int, hours: Double, to: String)
    /// Work no post took over: the first few task names.
    case tasksDropped(count: Int, hours: Double, examples: [String])
    case peoplePlaced(count: Int, totalScore: Int, unplaced: Int)
    /// Plt appointments that ended because their posts were abolished.
    case actingEnded(count: Int)
    /// Converted posts whose jenjang follows the holder's rank, below the target's range.
    case convertedFollowingRank(count: Int)
    /// Converted posts given the keterampilan level of the band: their holders lack an S1/D-IV.
    case convertedToSkilledLevel(count: Int)
    /// Warning: a regency or city keeps every administrator post.
    case administratorsConverted(count: Int)
    /// Warning: the camat (the posts' titles) is a territorial post that stays.
    case camatConverted(posts: [String])
    /// The step names no kind of functional post: its allowance cannot be costed.
    case functionalKindMissing
    /// Warning: a merged dinas or badan carries more affairs than PP 18/2016 Ps 40(5), 48(4) allow.
    case mergedTooManyAffairs(unit: String, affairs: [String], cap: Int)
    /// Warning: the merged affairs are not of one family (Ps 40(4), 48(3)).
    case mergedAffairsOfSeveralFamilies(unit: String, affairs: [String])
    /// The type a merged unit may have (Ps 40(6), 54(2)); `written` is the type the scenario gave, if any.
    case mergedTypeAllowed(unit: String, type: UnitType, fifthBidang: Bool, written: UnitType?)
    /// The type the merged affairs warrant by the region's pemetaan urusan (PP 18/2016 Ps 53; `TypologyAnalysis`),
    /// used when the chart gives the figures; `written` is the type the scenario gave, if any.
    case mergedTypeWarranted(unit: String, warranted: TypologyAnalysis.Warranted, written: UnitType?)

    /// A warning a planner should read before going on.
    public var isWarning: Bool {
        switch self {
        case .administratorsConverted, .camatConverted, .mergedTooManyAffairs, .mergedAffairsOfSeveralFamilies: true
        case .mergedTypeAllowed(_, let type, _, let written): written.map { $0.rawValue < type.rawValue } ?? false
        case .mergedTypeWarranted(_, let warranted, let written):
            warranted.unitType == nil || (written.map { TypologyAnalysis.Warranted($0) > warranted } ?? false)
        default: false
        }
    }

    public func text(_ l: Language) -> String {
        switch self {
        case .unitsMerged(let units, let into):
            return l.pick("\(spoken(units, l)) digabung menjadi \(into)", "\(spoken(units, l)) merged into \(into)")
        case .mergedHeadKept(let head, let abolished):
            let posts = spoken(abolished, l)
            guard let head else { return l.pick("jabatan \(posts) dihapus", "\(posts) abolished") }
            return l.pick("\(head) memimpin unit gabungan; jabatan \(posts) dihapus",
                          "\(head) heads the merged unit; \(posts) abolished")
        case .unitAbolished(let unit, let below, let posts):
            if below > 0 {
                return l.pick("\(unit) dihapus beserta \(l.counted(below, "unit", "unit", "units")) di bawahnya dan \(l.counted(posts, "jabatan", "post", "posts"))",
                              "\(unit) abolished with \(l.counted(below, "unit", "unit", "units")) below it and \(l.counted(posts, "jabatan", "post", "posts"))")
            }
            return l.pick("\(unit) dihapus beserta \(l.counted(posts, "jabatan", "post", "posts"))",
                          "\(unit) abolished with \(l.counted(posts, "jabatan", "post", "posts"))")
        case .staffPostsMoved(let count, let to):
            return l.pick("\(l.counted(count, "jabatan", "", "")) pelaksana/fungsional pindah ke \(to) bersama pegawai dan tugasnya",
                          "\(l.counted(count, "", "staff post", "staff posts")) move to \(to) with their people and tasks")
        case .unitMoved(let unit, let from, let to):
            guard let from else { return l.pick("\(unit) dipindah ke bawah \(to)", "\(unit) moved under \(to)") }
            return l.pick("\(unit) dipindah dari \(from) ke \(to)", "\(unit) moved from \(from) to \(to)")
        case .postMoved(let post, let from, let to, let people, let tasks):
            return l.pick("\(post) dipindah dari \(from) ke \(to) bersama \(l.counted(people, "pegawai", "", "")) dan \(l.counted(tasks, "tugas", "", ""))nya",
                          "\(post) moved from \(from) to \(to) with its \(l.counted(people, "", "person", "people")) and \(l.counted(tasks, "", "task", "tasks"))")
        case .postNoLongerHead(let post, let unit):
            return l.pick("\(post) tidak lagi menjadi kepala: \(unit) sudah punya kepala", "\(post) no longer heads a unit: \(unit) has a head")
        case .unitRenamed(let from, let to):
            return l.pick("\(from) menjadi \(to)", "\(from) renamed \(to)")
        case .postRenamed(let from, let to):
            return l.pick("\(from) menjadi \(to)", "\(from) renamed \(to)")
        case .postsConverted(let count, let level, let to, let jenjang, let kept, let keptIn):
            let target = to == .fungsional ? [l.pick("jabatan fungsional", "functional posts"), jenjang?.label(l)].compactMap { $0 }.joined(separator: " ")
                                           : l.pick("jabatan \(to.label(l))", "\(to.label(l)) posts")
            let where_ = keptIn.isEmpty ? "" : " (\(spoken(keptIn.map { $0.label(l) }, l)))"
            return l.pick("\(l.counted(count, "jabatan", "", "")) \(level.label(l)) disetarakan menjadi \(target); \(l.integer(kept)) dipertahankan\(where_)",
                          "\(l.integer(count)) \(level.label(l)) \(count == 1 ? "post" : "posts") converted to \(target); \(l.integer(kept)) kept\(where_)")
        case .unitsBecameFunctionalGroups(let count):
            return l.pick("\(l.integer(count)) seksi/subbidang/subbagian menjadi kelompok jabatan fungsional",
                          "\(l.integer(count)) seksi/subbidang/subbagian \(count == 1 ? "becomes a functional group" : "become functional groups")")
        case .holdersKeepIncome:
            return l.pick("pemangku tetap di jabatannya; tunjangan struktural diganti tunjangan fungsional jabatan barunya (PermenPANRB 17/2021)",
                          "holders stay in their posts; the structural allowance is replaced by the functional allowance of the new post (PermenPANRB 17/2021)")
        case .seatsChanged(let post, let from, let to):
            return l.pick("\(post): formasi \(l.integer(from)) → \(l.integer(to))", "\(post): seats \(l.integer(from)) → \(l.integer(to))")
        case .moreHoldersThanSeats(let post, let people, let seats):
            return l.pick("\(post) kini diisi \(l.integer(people)) orang untuk \(l.integer(seats)) formasi: kelebihan tetap tercatat",
                          "\(post) now holds \(l.counted(people, "", "person", "people")) in \(l.counted(seats, "", "seat", "seats")): the surplus stays recorded")
        case .titleChanged(let post, let to):
            return l.pick("\(post): nama jabatan → \(to)", "\(post): title → \(to)")
        case .gradeChanged(let post, let grade):
            return l.pick("\(post): kelas jabatan → \(grade)", "\(post): job class → \(grade)")
        case .unitAdded(let unit, let kind, let parent):
            return l.pick("unit baru \(unit) (\(kind.label(l))) di bawah \(parent)", "new unit \(unit) (\(kind.label(l))) under \(parent)")
        case .postAdded(let post, let unit, let seats):
            return l.pick("jabatan baru \(post) di \(unit), \(l.integer(seats)) formasi", "new post \(post) in \(unit), \(l.counted(seats, "", "seat", "seats"))")
        case .postRemoved(let post):
            return l.pick("jabatan \(post) dihapus", "post \(post) removed")
        case .careerPathsRemoved(let count):
            return l.pick("\(l.integer(count)) jalur karier ke/dari jabatan yang dihapus ikut dihapus",
                          "\(l.counted(count, "", "career path", "career paths")) to or from abolished posts removed")
        case .tasksRehomed(let count, let hours, let to):
            return l.pick("\(l.integer(count)) tugas (\(l.number(hours, decimals: 1)) jam/tahun) dialihkan ke \(to)",
                          "\(l.counted(count, "", "task", "tasks")) (\(l.number(hours, decimals: 1)) hours a year) re-homed to \(to)")
        case .tasksDropped(let count, let hours, let examples):
            let more = count > examples.count ? "; …" : ""
            return l.pick("\(l.integer(count)) tugas (\(l.number(hours, decimals: 1)) jam/tahun) tidak dialihkan ke jabatan mana pun (tanpa tasks_to): \(examples.joined(separator: "; "))\(more)",
                          "\(l.counted(count, "", "task", "tasks")) (\(l.number(hours, decimals: 1)) hours a year) taken over by no post (no tasks_to): \(examples.joined(separator: "; "))\(more)")
        case .actingEnded(let count):
            return l.pick("\(l.integer(count)) penunjukan Plt berakhir karena jabatannya dihapus",
                          "\(l.counted(count, "", "acting appointment (Plt) ends", "acting appointments (Plt) end")) as the posts are abolished")
        case .convertedFollowingRank(let count):
            return l.pick("\(l.integer(count)) jabatan mengikuti pangkat pemangkunya yang di bawah rentang jenjang tujuan",
                          "\(l.counted(count, "", "post follows", "posts follow")) the holder's rank, below the target jenjang's range")
        case .convertedToSkilledLevel(let count):
            return l.pick("\(l.integer(count)) jabatan menjadi jenjang keterampilan yang setara karena pemangkunya belum S1/D-IV",
                          "\(l.counted(count, "", "post becomes", "posts become")) the equivalent keterampilan level as the holders lack an S1/D-IV")
        case .administratorsConverted(let count):
            return l.pick("Peringatan: di kabupaten/kota seluruh jabatan administrator dipertahankan (surat Mendagri 800/2603/OTDA); \(l.integer(count)) jabatan administrator disetarakan",
                          "Warning: a regency or city keeps every administrator post (Mendagri letter 800/2603/OTDA); \(l.integer(count)) administrator posts were converted")
        case .camatConverted(let posts):
            return l.pick("Peringatan: camat adalah jabatan kewilayahan yang dipertahankan; disetarakan: \(spoken(posts, l))",
                          "Warning: the camat is a territorial post that stays; converted: \(spoken(posts, l))")
        case .functionalKindMissing:
            return l.pick("Jenis jabatan fungsional tidak disebut (tulis 'functional_kind' pada 'to'): tunjangan fungsionalnya tidak dapat dihitung",
                          "No kind of functional post given (write 'functional_kind' in 'to'): its functional allowance cannot be costed")
        case .mergedTooManyAffairs(let unit, let affairs, let cap):
            return l.pick("Peringatan: \(unit) memuat \(affairs.count) urusan (\(affairs.joined(separator: "; "))), lebih dari \(cap) (PP 18/2016 Ps 40(5), 48(4))",
                          "Warning: \(unit) carries \(affairs.count) affairs (\(affairs.joined(separator: "; "))), more than \(cap) (PP 18/2016 Ps 40(5), 48(4))")
        case .mergedAffairsOfSeveralFamilies(let unit, let affairs):
            return l.pick("Peringatan: urusan \(unit) tidak serumpun (\(affairs.joined(separator: "; "))); hanya urusan satu rumpun yang dapat digabung (PP 18/2016 Ps 40(4), 48(3))",
                          "Warning: the affairs of \(unit) are not of one family (\(affairs.joined(separator: "; "))); only affairs of one family may merge (PP 18/2016 Ps 40(4), 48(3))")
        case .mergedTypeAllowed(let unit, let type, let fifth, let written):
            let allowed = l.pick("tipe \(type.rawValue)", "type \(type.rawValue)") + (fifth ? l.pick(" dengan 5 bidang", " with 5 bidang") : "")
            guard let written else {
                return l.pick("\(unit) dapat bertipe paling tinggi \(allowed) (PP 18/2016 Ps 40(6), 54(2)); tipe itu dipakai",
                              "\(unit) may be at most \(allowed) (PP 18/2016 Ps 40(6), 54(2)); that type is used")
            }
            if written.rawValue < type.rawValue {
                return l.pick("Peringatan: \(unit) ditulis tipe \(written.rawValue), padahal hasil penggabungan paling tinggi \(allowed) (PP 18/2016 Ps 40(6), 54(2))",
                              "Warning: \(unit) is written as type \(written.rawValue), but the merger allows at most \(allowed) (PP 18/2016 Ps 40(6), 54(2))")
            }
            return l.pick("\(unit) dapat bertipe paling tinggi \(allowed) (PP 18/2016 Ps 40(6), 54(2))", "\(unit) may be at most \(allowed) (PP 18/2016 Ps 40(6), 54(2))")
        case .mergedTypeWarranted(let unit, let warranted, let written):
            let w = warranted.label(l)
            guard warranted.unitType != nil else {
                return l.pick("Peringatan: menurut pemetaan urusan, urusan \(unit) hanya layak diwadahi sebagai \(w) (PP 18/2016 Ps 53 dan Lampiran)",
                              "Warning: by the mapping of affairs, the affairs of \(unit) warrant only \(w) (PP 18/2016 Ps 53 and Lampiran)")
            }
            guard let written else {
                return l.pick("\(unit): menurut pemetaan urusan layak \(w) (PP 18/2016 Ps 53, 40(6)); tipe itu dipakai",
                              "\(unit): the mapping of affairs warrants \(w) (PP 18/2016 Ps 53, 40(6)); that type is used")
            }
            if TypologyAnalysis.Warranted(written) > warranted {
                return l.pick("Peringatan: \(unit) ditulis tipe \(written.rawValue), padahal menurut pemetaan urusan hanya layak \(w) (PP 18/2016 Ps 53)",
                              "Warning: \(unit) is written as type \(written.rawValue), but the mapping of affairs warrants only \(w) (PP 18/2016 Ps 53)")
            }
            return l.pick("\(unit): menurut pemetaan urusan layak \(w) (PP 18/2016 Ps 53, 40(6))", "\(unit): the mapping of affairs warrants \(w) (PP 18/2016 Ps 53, 40(6))")
        case .peoplePlaced(let count, let score, let unplaced):
            return l.pick("\(l.integer(count)) pegawai ditempatkan (total nilai \(l.integer(score))); \(l.integer(unplaced)) tetap belum berjabatan",
                          "\(l.counted(count, "", "person", "people")) placed (total fit \(l.integer(score))); \(l.integer(unplaced)) still without a post")
        }
    }
}

/// Why someone's post changed.
public enum MoveReason: Hashable, Sendable {
    /// Their post (its title) was removed.
    case postRemoved(post: String)
    /// Their unit (its name) was abolished.
    case unitAbolished(unit: String)
    /// They headed a unit merged into another (its name), and another head continues.
    case mergedHead(into: String)
    /// Placed by merit, with the fit score.
    case merit(score: Int)

    public func text(_ l: Language) -> String {
        switch self {
        case .postRemoved(let post): l.pick("jabatan \(post) dihapus", "post \(post) removed")
        case .unitAbolished(let unit): l.pick("\(unit) dihapus", "\(unit) abolished")
        case .mergedHead(let into): l.pick("kepala unit yang digabung ke \(into)", "head of a unit merged into \(into)")
        case .merit(let score): l.pick("penempatan merit, nilai \(l.integer(score))", "merit placement, fit \(l.integer(score))")
        }
    }
}

/// Why a step cannot apply. The ids are those written in the scenario file, quoted, so the planner
/// finds them there.
public enum StepFailure: Hashable, Sendable {
    public enum Target: Hashable, Sendable { case unit, post }

    case notInChart(field: String, target: Target, id: String, suggestion: String?)
    case moveInsideItself(unit: String, below: String)
    case unitExists(id: String)
    case postExists(id: String)
    case parentRequired(step: String)
    case unitHasHead(unit: String, head: String)
    case tasksToIsRemovedPost
    case notValidBeforePlacement
    case mergeNamesUnitTwice
    case mergeDifferentParents(parents: [String])
    case mergeIntoIDTaken(id: String)
    case mergeHeadNotAHead(head: String, heads: [String])
    case rootCannotBeAbolished
    case tasksToAbolishedToo(id: String)
    case tasksToUnknown(id: String)
    case convertTargetNotStaff
    /// Penyetaraan sets the jenjang of administrator and pengawas posts only: the step must name one.
    case convertJenjangNeeded(level: Level)
    /// The step applied, but left a chart that breaks a rule: the record and the problem.
    case invalidAfterStep(record: RecordLabel, problem: Problem)

    public func text(_ l: Language) -> String {
        func q(_ s: String) -> String { "'\(s)'" }
        switch self {
        case .notInChart(let field, let target, let id, let suggestion):
            let hint = suggestion.map { l.pick(" (maksudnya \(q($0))?)", " (did you mean \(q($0))?)") } ?? ""
            let what = target == .unit ? "unit" : l.pick("jabatan", "post")
            return l.pick("\(field): \(what) \(q(id)) tidak ada di bagan\(hint)", "\(field): \(what) \(q(id)) is not in the chart\(hint)")
        case .moveInsideItself(let unit, let below):
            return l.pick("unit \(q(unit)) tidak dapat dipindah ke dalam dirinya sendiri (\(q(below)) ada di bawahnya)",
                          "unit \(q(unit)) cannot move inside itself (\(q(below)) is below it)")
        case .unitExists(let id): return l.pick("unit \(q(id)) sudah ada", "unit \(q(id)) already exists")
        case .postExists(let id): return l.pick("jabatan \(q(id)) sudah ada", "post \(q(id)) already exists")
        case .parentRequired(let step): return l.pick("\(step): 'parent' wajib diisi", "\(step): 'parent' is required")
        case .unitHasHead(let unit, let head):
            return l.pick("unit \(q(unit)) sudah punya kepala (\(q(head)))", "unit \(q(unit)) already has a head (\(q(head)))")
        case .tasksToIsRemovedPost:
            return l.pick("tasks_to tidak boleh jabatan yang dihapus", "tasks_to cannot be the post removed")
        case .notValidBeforePlacement:
            return l.pick("bagan tidak sah sebelum penempatan", "the chart is not valid before placement")
        case .mergeNamesUnitTwice:
            return l.pick("merge.units menyebut unit yang sama dua kali", "merge.units names a unit twice")
        case .mergeDifferentParents(let parents):
            let list = parents.map(q).joined(separator: ", ")
            return l.pick("unit yang digabung punya induk berbeda (\(list)); tulis 'parent' di 'into'",
                          "the merged units have different parents (\(list)); give 'into' a 'parent'")
        case .mergeIntoIDTaken(let id):
            return l.pick("merge.into.id \(q(id)) sudah dipakai unit lain", "merge.into.id \(q(id)) is already another unit's id")
        case .mergeHeadNotAHead(let head, let heads):
            let list = heads.map(q).joined(separator: ", ")
            return l.pick("merge.head \(q(head)) bukan kepala salah satu unit yang digabung (\(list))",
                          "merge.head \(q(head)) is not the head of one of the merged units (\(list))")
        case .rootCannotBeAbolished:
            return l.pick("unit akar (pemerintah daerah) tidak dapat dihapus", "the root unit (the regional government) cannot be abolished")
        case .tasksToAbolishedToo(let id):
            return l.pick("tasks_to \(q(id)) ikut dihapus; tunjuk unit atau jabatan di luar unit yang dihapus",
                          "tasks_to \(q(id)) is abolished too; name a unit or post outside the abolished unit")
        case .tasksToUnknown(let id):
            return l.pick("abolish.tasks_to: \(q(id)) bukan unit atau jabatan di bagan", "abolish.tasks_to: \(q(id)) is neither a unit nor a post in the chart")
        case .convertTargetNotStaff:
            return l.pick("convert.to harus fungsional atau pelaksana", "convert.to must be fungsional or pelaksana")
        case .convertJenjangNeeded(let level):
            return l.pick("convert.to.jenjang: tulis jenjang tujuan untuk jabatan \(level.label(l)); penyetaraan hanya menentukannya untuk administrator dan pengawas",
                          "convert.to.jenjang: name the target jenjang for \(level.label(l)) posts; penyetaraan only sets it for administrator and pengawas posts")
        case .invalidAfterStep(let record, let problem):
            let what = [record.text(l), problem.text(l)].compactMap { $0 }.joined(separator: ": ")
            return l.pick("sesudah langkah ini bagan tidak sah: \(what)", "after this step the chart is invalid: \(what)")
        }
    }
}

/// The one line `ramping simulate` prints when it has written its files.
public struct SimulationSummary: Hashable, Sendable {
    public var steps: Int, postsAbolished: Int, postsConverted: Int, peopleWithoutPost: Int, peoplePlaced: Int

    public func text(_ l: Language) -> String {
        l.pick("\(l.integer(steps)) langkah: \(l.integer(postsAbolished)) jabatan dihapus, \(l.integer(postsConverted)) disetarakan, "
               + "\(l.integer(peopleWithoutPost)) pegawai kehilangan jabatan, \(l.integer(peoplePlaced)) ditempatkan",
               "\(l.counted(steps, "", "step", "steps")): \(l.counted(postsAbolished, "", "post", "posts")) abolished, \(l.integer(postsConverted)) converted, "
               + "\(l.counted(peopleWithoutPost, "", "person", "people")) left without a post, \(l.integer(peoplePlaced)) placed")
    }
}

extension Simulation {
    /// The totals of every step.
    public var summary: SimulationSummary {
        SimulationSummary(steps: steps.count, postsAbolished: steps.reduce(0) { $0 + $1.postsAbolished },
                          postsConverted: steps.reduce(0) { $0 + $1.postsConverted },
                          peopleWithoutPost: steps.reduce(0) { $0 + $1.peopleToPool }, peoplePlaced: steps.reduce(0) { $0 + $1.peoplePlaced })
    }
}
