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
        func unreadable(_ reason: String) -> Result<Data, Failure> {
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
        defer { close(fd) }
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return unreadable("not a regular file") }
        let size = Int(info.st_size)
        if size > maxBytes { return .failure(Failure(problem: .fileTooLarge(bytes: size, limit: maxBytes), unreadable: false)) }
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
}

/// read(2), named apart from `FileReader.read`.
func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(fd, buffer, count)
    #else
    Darwin.read(fd, buffer, count)
    #endif
}
