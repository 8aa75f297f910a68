import Foundation

/// Writes files so that a reader never sees half of one: into a temporary file beside the target,
/// then renamed over it. A failed write leaves the old file as it was.
public enum AtomicFile {
    public struct WriteError: Error, Sendable {
        public let path: String
        public let reason: String
    }

    public static func write(_ data: Data, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError(path: path, reason: "folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
            // rename(2) replaces the target in one step on the same file system.
            guard rename(temporary.path, target.path) == 0 else {
                throw WriteError(path: path, reason: String(cString: strerror(errno)))
            }
        } catch let error as WriteError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    public static func write(_ text: String, to path: String) throws { try write(Data(text.utf8), to: path) }
}
