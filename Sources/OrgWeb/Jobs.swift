import Foundation
import OrgExport
import OrgFiles
import OrgModel

/// Long work (careers or merit on a large chart, every page of the diagrams) runs as a job (pekerjaan): a task
/// that reports how far it is, can be cancelled, and writes its one result file atomically only when it
/// finished without being cancelled, so a cancelled job leaves no file, whole or half.
final class JobBoard: Sendable {
    enum State: String, Sendable {
        case running, done, cancelled, failed
    }

    struct Job: Sendable {
        var id: String
        var title: String
        var state: State
        var done = 0
        var total = 0
        /// What is counted ("perangkat daerah", "jabatan"), in the language the job was started in.
        var unit: String
        /// The workspace file written, when done.
        var result: String?
        var failure: String?
        var cancelRequested = false
        var started = Date()
    }

    /// What a job's work returns: the bytes of its result, to be written to the workspace file `target`.
    struct Output: Sendable {
        var target: String
        var data: Data
    }

    /// Reports progress from the work (any thread).
    struct Reporter: Sendable {
        let board: JobBoard
        let id: String
        func update(_ done: Int, _ total: Int, unit: String? = nil) {
            board.jobs.with { all in
                all[id]?.done = done
                all[id]?.total = total
                if let unit { all[id]?.unit = unit }
            }
        }
    }

    let jobs = Locked<[String: Job]>([:])
    let tasks = Locked<[String: Task<Void, Never>]>([:])
    /// At most this many jobs at once: the planner's machine has few cores.
    let limit = 2

    var running: Int { jobs.with { $0.values.count { $0.state == .running } } }

    /// Starts `work` as a task; nil when `limit` jobs are already running. `resolve` turns the output's
    /// workspace name into the absolute path to write.
    func start(title: String, unit: String, language l: Language, resolve: @escaping @Sendable (String) -> String?,
               work: @escaping @Sendable (Reporter) async throws -> Output) -> String? {
        let id = Secret.token(bytes: 12)
        let admitted = jobs.with { all -> Bool in
            guard all.values.count(where: { $0.state == .running }) < limit else { return false }
            all[id] = Job(id: id, title: title, state: .running, unit: unit)
            return true
        }
        guard admitted else { return nil }
        let reporter = Reporter(board: self, id: id)
        let task = Task.detached(priority: .utility) { [self] in
            do {
                let output = try await work(reporter)
                try Task.checkCancellation()
                // Cancel and finish are decided under one lock: once the write begins, a cancel comes too late.
                let proceed = jobs.with { all -> Bool in
                    guard all[id]?.cancelRequested == false else { return false }
                    all[id]?.unit = unit
                    return true
                }
                guard proceed else { throw CancellationError() }
                guard let path = resolve(output.target) else { throw JobFailure.cannotWrite(output.target) }
                do { try AtomicFile.write(output.data, to: path) } catch { throw JobFailure.cannotWrite(output.target) }
                finish(id) { $0.state = .done; $0.result = output.target; $0.done = max($0.done, $0.total) }
            } catch is CancellationError {
                finish(id) { $0.state = .cancelled }
            } catch let failure as JobFailure {
                finish(id) { $0.state = .failed; $0.failure = failure.text(l) }
            } catch let error as ExportError {
                finish(id) { $0.state = .failed; $0.failure = error.text(l) }
            } catch let response as WebResponse {
                finish(id) { $0.state = .failed; $0.failure = response.text }
            } catch {
                finish(id) { $0.state = .failed; $0.failure = String(describing: error) }
            }
        }
        tasks.with { $0[id] = task }
        return id
    }

    private func finish(_ id: String, _ change: (inout Job) -> Void) {
        jobs.with { all in
            if var job = all[id] { change(&job); all[id] = job }
        }
        tasks.with { $0[id] = nil }
    }

    /// Asks a running job to stop; false when there is no such job or it has already ended.
    @discardableResult
    func cancel(_ id: String) -> Bool {
        let asked = jobs.with { all -> Bool in
            guard all[id]?.state == .running else { return false }
            all[id]?.cancelRequested = true
            return true
        }
        if asked { tasks.with { $0[id] }?.cancel() }
        return asked
    }

    /// Waits until a job has ended (tests and shutdown).
    func wait(_ id: String) async {
        if let task = tasks.with({ $0[id] }) { await task.value }
    }

    func job(_ id: String) -> Job? { jobs.with { $0[id] } }

    /// The most recent jobs first.
    func recent(_ count: Int = 10) -> [Job] {
        jobs.with { Array($0.values) }.sorted { $0.started > $1.started }.prefix(count).map { $0 }
    }
}

enum JobFailure: Error {
    case cannotWrite(String)
    case message(String)

    func text(_ l: Language) -> String {
        switch self {
        case .cannotWrite(let file): l.pick("Hasilnya tidak dapat disimpan sebagai \(file) di folder kerja.", "The result could not be saved as \(file) in the workspace.")
        case .message(let text): text
        }
    }
}
