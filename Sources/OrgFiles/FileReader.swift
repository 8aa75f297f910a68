import Foundation
public import OrgModel

/// Reads the files the planner names, the same way for charts, scenarios and GraphML: only regular
/// files (a symbolic link, or `/dev/stdin` redirected from a file, is followed to the file it names),
/// refused before reading when over the size limit.
public enum FileReader {
    public struct Failure: Error, Sendable {
        public let problem: Problem
        /// True when the file could not be read at all (exit status 2), false when it was refused.
        public let unreadable: Bool
    }

    /// The largest `--max-file-size` in MiB that the platform can count in bytes.
    public static let largestLimitMiB = Int.max >> 20

    public static func read(_ path: String, maxBytes: Int) -> Result<Data, Failure> {
        let fd: Int32, size: Int
        switch openRegular(path, maxBytes: maxBytes) {
        case .failure(let failure): return .failure(failure)
        case .success(let opened): (fd, size) = (opened.descriptor, opened.size)
        }
        defer { close(fd) }
        func unreadable(_ reason: String) -> Result<Data, Failure> {
            .failure(Failure(problem: .fileUnreadable(path: path, reason: reason), unreadable: true))
        }
        // Read what is there, never more than the limit allows (a file may grow while it is read).
        var data = Data(count: size)
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return unreadable(String(cString: strerror(errno)))
            }
            if n == 0 { break }
            if total + n > maxBytes {
                return .failure(Failure(problem: .fileTooLarge(bytes: total + n, limit: maxBytes), unreadable: false))
            }
            if total + n <= data.count {
                data.replaceSubrange(total..<(total + n), with: buffer[0..<n])
            } else {
                if total < data.count { data.removeSubrange(total...) }
                data.append(contentsOf: buffer[0..<n])
            }
            total += n
        }
        if total < data.count { data.removeSubrange(total...) }
        return .success(data)
    }

    /// An open regular file, to be read with `systemRead` and closed by the caller.
    struct Opened {
        let descriptor: Int32
        /// Its size when opened.
        let size: Int
    }

    /// Opens `path` after the checks `read` makes (a regular file, within the limit), without reading it.
    static func openRegular(_ path: String, maxBytes: Int) -> Result<Opened, Failure> {
        func unreadable(_ reason: String) -> Result<Opened, Failure> {
            .failure(Failure(problem: .fileUnreadable(path: path, reason: reason), unreadable: true))
        }
        // stat(2) follows links; the type is checked again on the open descriptor, which is what is read.
        var info = stat()
        guard stat(path, &info) == 0 else {
            switch errno {
            case ENOENT, ENOTDIR:
                var link = stat()
                if lstat(path, &link) == 0 { return unreadable("the link points to nothing") }
                return .failure(Failure(problem: .fileNotFound(path: path), unreadable: true))
            case EACCES: return unreadable("no permission")
            default: return unreadable(String(cString: strerror(errno)))
            }
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { return unreadable("it is a folder") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return unreadable("not a regular file") }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return unreadable(errno == EACCES ? "no permission" : String(cString: strerror(errno))) }
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { close(fd); return unreadable("not a regular file") }
        let size = Int(info.st_size)
        if size > maxBytes {
            close(fd)
            return .failure(Failure(problem: .fileTooLarge(bytes: size, limit: maxBytes), unreadable: false))
        }
        return .success(Opened(descriptor: fd, size: size))
    }
}

/// read(2), named apart from `FileReader.read`.
func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(fd, buffer, count)
    #else
    Darwin.read(fd, buffer, count)
    #endif
}
