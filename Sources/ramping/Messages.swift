import OrgModel

/// Everything the command line says of its own, as values: one case per message with its data,
/// rendered in Indonesian (the default) or English. Messages about a file keep the compilers'
/// `FILE:LINE:COL: error:` form (see `Diagnostic`); these are the lines around them.
enum CLIMessage: Hashable {
    /// `validate`: the verdict on one chart.
    case chartValid(path: String, warnings: Int)
    case chartInvalid(path: String, errors: Int, warnings: Int)
    /// A command that needs a valid chart was given an invalid one.
    case chartInvalidFixFirst(path: String, errors: Int)
    /// A valid chart with warnings, read by a command other than `validate`.
    case chartHasWarnings(path: String, warnings: Int)
    case written(path: String)
    case cannotWrite(path: String, reason: String)
    case folderNotCreated(path: String)
    case nothingWritten
    case importedChartInvalid
    /// A scenario replayed on another chart than the one its `base` names.
    case scenarioWrittenFor(path: String, base: String, chart: String)
    /// `simulate`: where a step stopped (`step` is the step's label).
    case stepFailed(step: Int, label: String)
    case tooManyPostsForOnePicture(posts: Int)
    case unknownPerson(option: String, nip: String)
    case unknownPost(option: String, id: String, suggestion: String?)
    case importMapped, importGuessed, importIgnored
    case baseline
    case progressSuccession, progressPerangkatDaerah, progressScenario, progressComparison

    func text(_ l: Language) -> String {
        switch self {
        case .chartValid(let path, let warnings):
            return l.pick("\(path): sah, \(l.integer(warnings)) peringatan", "\(path): valid, \(l.counted(warnings, "", "warning", "warnings"))")
        case .chartInvalid(let path, let errors, let warnings):
            return l.pick("\(path): TIDAK SAH, \(l.integer(errors)) kesalahan, \(l.integer(warnings)) peringatan",
                          "\(path): INVALID, \(l.counted(errors, "", "error", "errors")), \(l.counted(warnings, "", "warning", "warnings"))")
        case .chartInvalidFixFirst(let path, let errors):
            return l.pick("\(path): bagan tidak sah (\(l.integer(errors)) kesalahan); perbaiki lalu ulangi",
                          "\(path): the chart is invalid (\(l.counted(errors, "", "error", "errors"))); fix them and run again")
        case .chartHasWarnings(let path, let warnings):
            return l.pick("\(path): \(l.integer(warnings)) peringatan; lihat `ramping validate \(path)`",
                          "\(path): \(l.counted(warnings, "", "warning", "warnings")); see `ramping validate \(path)`")
        case .written(let path):
            return l.pick("Ditulis: \(path)", "Written: \(path)")
        case .cannotWrite(let path, let reason):
            return l.pick("\(path) tidak dapat ditulis: \(reason); tidak ada berkas yang diubah", "\(path) cannot be written: \(reason); no file was changed")
        case .folderNotCreated(let path):
            return l.pick("folder \(path) tidak dapat dibuat", "folder \(path) cannot be created")
        case .nothingWritten:
            return l.pick("tidak ada yang ditulis", "nothing was written")
        case .importedChartInvalid:
            return l.pick("hasil impor bukan bagan yang sah; tidak ada yang ditulis", "the imported chart is not valid; nothing was written")
        case .scenarioWrittenFor(let path, let base, let chart):
            return l.pick("\(path): warning: skenario ini ditulis untuk \(base); dijalankan pada \(chart)",
                          "\(path): warning: this scenario was written for \(base); it is replayed on \(chart)")
        case .stepFailed(let step, let label):
            return l.pick("langkah \(step) (\(label))", "step \(step) (\(label))")
        case .tooManyPostsForOnePicture(let posts):
            return l.pick("catatan: \(l.integer(posts)) jabatan dalam satu gambar; untuk halaman yang terbaca gunakan --each -o FOLDER (satu per perangkat daerah) atau --unit ID",
                          "note: \(l.integer(posts)) posts in one picture; for readable pages use --each -o FOLDER (one per perangkat daerah) or --unit ID")
        case .unknownPerson(let option, let nip):
            return l.pick("\(option): tidak ada pegawai dengan NIP \(nip)", "\(option): nobody has NIP \(nip)")
        case .unknownPost(let option, let id, let suggestion):
            let hint = suggestion.map { l.pick(" (maksudnya '\($0)'?)", " (did you mean '\($0)'?)") } ?? ""
            return l.pick("\(option): jabatan '\(id)' tidak ada\(hint)", "\(option): post '\(id)' does not exist\(hint)")
        case .importMapped: return l.pick("dipetakan", "mapped")
        case .importGuessed: return l.pick("ditebak", "guessed")
        case .importIgnored: return l.pick("diabaikan", "ignored")
        case .baseline: return l.pick("kondisi awal", "baseline")
        case .progressSuccession: return l.pick("suksesi jabatan", "succession posts")
        case .progressPerangkatDaerah: return "perangkat daerah"
        case .progressScenario: return l.pick("skenario", "scenario")
        case .progressComparison: return l.pick("perbandingan", "comparison")
        }
    }
}

extension Console {
    static func error(_ message: CLIMessage, _ l: Language) { error(message.text(l)) }
}
