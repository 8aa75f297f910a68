import Foundation

/// Writes files so that a reader never sees half of one: into a hidden temporary file beside the target,
/// then renamed over it. A failed write leaves the old file as it was.
///
/// - Several files (`simulate -o OUT --report R`) are written as one: every temporary file is written
///   and flushed before any is renamed, so a report that cannot be written leaves the chart untouched.
/// - An overwritten file keeps its mode (and, where allowed, its owner and group): a chart that holds
///   NIPs and birth dates and was 0600 stays 0600. A new file gets the usual mode (0666 less the umask).
/// - A target that is a symbolic link is written through: the file it points to is replaced and the
///   link stays a link.
/// - While a write is under way its temporary files are listed where `removeTemporaryFiles()` finds
///   them, so a SIGINT/SIGTERM handler can remove them (the `ramping` command installs one).
public enum AtomicFile {
    public struct WriteError: Error, Sendable {
        public let path: String
        public let reason: Reason

        /// Why a file could not be written.
        public enum Reason: Hashable, Sendable {
            case noName
            case isFolder
            case folderMissing(folder: String)
            case namedTwice
            /// The system's own words (strerror).
            case system(String)
        }

        init(path: String, reason: Reason) {
            self.path = path
            self.reason = reason
        }

        init(path: String, errno code: Int32) {
            self.init(path: path, reason: .system(String(cString: strerror(code))))
        }
    }

    public static func write(_ data: Data, to path: String) throws { try write([(data, path)]) }

    public static func write(_ text: String, to path: String) throws { try write(Data(text.utf8), to: path) }

    /// Writes every file, or none: all temporary files are prepared first, then renamed one after
    /// another. `beforeRename` runs between the two (tests use it to interrupt a write on purpose).
    public static func write(_ files: [(data: Data, path: String)], beforeRename: (() -> Void)? = nil) throws {
        var prepared: [(temporary: String, target: String, path: String)] = []
        func abandon() {
            for p in prepared {
                unlink(p.temporary)
                PendingFiles.remove(p.temporary)
            }
        }
        do {
            for (data, path) in files {
                let target = try resolve(path)
                if prepared.contains(where: { $0.target == target }) {
                    throw WriteError(path: path, reason: .namedTwice)
                }
                let temporary = try prepare(data, for: target, path: path)
                prepared.append((temporary, target, path))
            }
        } catch {
            abandon()
            throw error
        }
        beforeRename?()
        for (k, p) in prepared.enumerated() {
            // rename(2) replaces the target in one step on the same file system.
            if rename(p.temporary, p.target) != 0 {
                let code = errno
                prepared.removeFirst(k)
                abandon()
                throw WriteError(path: p.path, errno: code)
            }
            PendingFiles.remove(p.temporary)
        }
    }

    /// Removes the temporary files of the writes under way. Async-signal-safe: it only calls unlink(2),
    /// so a signal handler may call it.
    public static func removeTemporaryFiles() { PendingFiles.unlinkAll() }

    /// Sets up the list of temporary files before any signal can arrive.
    public static func prepareForSignals() { PendingFiles.prepare() }

    /// The file a path names, following symbolic links (the last component may not exist yet).
    static func resolve(_ path: String) throws -> String {
        guard !path.isEmpty else { throw WriteError(path: path, reason: .noName) }
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0 else {
                if errno == ENOENT { return current }
                throw WriteError(path: path, errno: errno)
            }
            if (info.st_mode & S_IFMT) == S_IFDIR { throw WriteError(path: path, reason: .isFolder) }
            guard (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n >= 0 else { throw WriteError(path: path, errno: errno) }
            let link = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : (folder(of: current) as NSString).appendingPathComponent(link)
        }
        throw WriteError(path: path, errno: ELOOP)
    }

    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// Writes `data` to a new hidden file beside `target`, flushed, with the mode the target has (or a
    /// new file would get); returns its path.
    static func prepare(_ data: Data, for target: String, path: String) throws -> String {
        let folder = folder(of: target)
        var info = stat()
        guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw WriteError(path: path, reason: .folderMissing(folder: folder))
        }
        let name = (target as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".\(name).\(UUID().uuidString).tmp")
        PendingFiles.add(temporary)
        func fail(_ code: Int32, _ fd: Int32? = nil) -> WriteError {
            if let fd { close(fd) }
            unlink(temporary)
            PendingFiles.remove(temporary)
            return WriteError(path: path, errno: code)
        }
        // Created private, then given its final mode: the data is never readable by more people than
        // the file it replaces allows.
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw fail(errno) }
        var old = stat()
        if stat(target, &old) == 0 {
            _ = fchown(fd, old.st_uid, old.st_gid)   // allowed only to root or within one's own groups
            guard fchmod(fd, old.st_mode & 0o7777) == 0 else { throw fail(errno, fd) }
        } else {
            guard fchmod(fd, 0o666 & ~currentUmask()) == 0 else { throw fail(errno, fd) }
        }
        let written: Int32? = data.withUnsafeBytes { raw -> Int32? in
            var offset = 0
            while offset < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
        if let code = written { throw fail(code, fd) }
        guard fsync(fd) == 0 else { throw fail(errno, fd) }
        guard close(fd) == 0 else { throw fail(errno) }
        return temporary
    }

    /// The process's umask (read by setting it and putting it back).
    static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}

/// The temporary files of writes under way, as C strings in a fixed table that a signal handler can
/// read without allocating.
enum PendingFiles {
    static let capacity = 64
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let p = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        p.initialize(repeating: nil, count: capacity)
        return p
    }()

    static func prepare() { _ = slots }

    static func add(_ path: String) {
        for i in 0..<capacity where slots[i] == nil {
            slots[i] = strdup(path)
            return
        }
    }

    static func remove(_ path: String) {
        for i in 0..<capacity {
            guard let s = slots[i], String(cString: s) == path else { continue }
            slots[i] = nil
            free(s)
            return
        }
    }

    static func unlinkAll() {
        for i in 0..<capacity {
            if let s = slots[i] { unlink(s) }
        }
    }
}

/// write(2), named apart from `AtomicFile.write`.
func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}
