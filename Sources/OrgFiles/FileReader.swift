import Foundation
public import OrgModel

/// Reads the files the planner names, the same way for charts, scenarios and GraphML: only regular
/// files, refused before reading when over the size limit.
public enum FileReader {
    public struct Failure: Error, Sendable {
        public let problem: Problem
        /// True when the file could not be read at all (exit status 2), false when it was refused.
        public let unreadable: Bool
    }

    public static func read(_ path: String, maxBytes: Int) -> Result<Data, Failure> {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return .failure(Failure(problem: FileManager.default.fileExists(atPath: path)
                ? .fileUnreadable(path: path, reason: "no permission") : .fileNotFound(path: path), unreadable: true))
        }
        let type = attributes[.type] as? FileAttributeType
        if type == .typeDirectory { return .failure(Failure(problem: .fileUnreadable(path: path, reason: "it is a folder"), unreadable: true)) }
        guard type == .typeRegular else {
            return .failure(Failure(problem: .fileUnreadable(path: path, reason: "not a regular file"), unreadable: true))
        }
        let size = (attributes[.size] as? Int) ?? 0
        if size > maxBytes { return .failure(Failure(problem: .fileTooLarge(bytes: size, limit: maxBytes), unreadable: false)) }
        do {
            return .success(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            return .failure(Failure(problem: .fileUnreadable(path: path, reason: (error as NSError).localizedDescription), unreadable: true))
        }
    }
}
