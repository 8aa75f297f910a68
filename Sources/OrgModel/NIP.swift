/// The 18-digit civil-servant number (Nomor Induk Pegawai): birth date `YYYYMMDD`, appointment month
/// `YYYYMM`, gender digit (1 male, 2 female), and a 3-digit sequence number.
///
///     let nip = try NIP.parse("198204152006041003")   // born 1982-04-15, appointed 2006-04, male
public struct NIP: Hashable, Sendable {
    public let text: String
    public let born: Day
    public let appointedYear: Int
    public let appointedMonth: Int
    public let gender: Gender

    /// Why a NIP is not well formed.
    public enum Problem: Error, Hashable, Sendable {
        case notEighteenDigits(count: Int)
        case notADigit
        case noSuchBirthDate(String)
        case genderDigit(Character)
    }

    public static func parse(_ text: String) -> Result<NIP, Problem> {
        // Eighteen ASCII digits, read by bytes (every person's NIP is checked); anything else by characters.
        var copy = text
        let fast: [Int]? = copy.withUTF8 { b in
            b.count == 18 && b.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) ? b.map { Int($0 &- UInt8(ascii: "0")) } : nil
        }
        if let digits = fast {
            func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + $1 } }
            guard let born = Day(year: number(0..<4), month: number(4..<6), day: number(6..<8)), Day.chartRange.contains(born) else {
                return .failure(.noSuchBirthDate(String(text.utf8.prefix(8))!))
            }
            let gender: Gender
            switch digits[14] {
            case 1: gender = .male
            case 2: gender = .female
            default: return .failure(.genderDigit(Character(String(digits[14]))))
            }
            return .success(NIP(text: text, born: born, appointedYear: number(8..<12), appointedMonth: number(12..<14), gender: gender))
        }
        let chars = Array(text)
        guard chars.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.notADigit) }
        guard chars.count == 18 else { return .failure(.notEighteenDigits(count: chars.count)) }
        let digits = chars.map { Int(String($0))! }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + $1 } }
        let birthText = String(chars[0..<8])
        guard let born = Day(year: number(0..<4), month: number(4..<6), day: number(6..<8)), Day.chartRange.contains(born) else {
            return .failure(.noSuchBirthDate(birthText))
        }
        // Digits 9-14 hold the appointment (TMT) year and month for a PNS; PPPK numbers put a code in
        // the month digits, so the contract checks only digit count, birth date and gender digit.
        let month = number(12..<14), year = number(8..<12)
        let gender: Gender
        switch chars[14] {
        case "1": gender = .male
        case "2": gender = .female
        default: return .failure(.genderDigit(chars[14]))
        }
        return .success(NIP(text: text, born: born, appointedYear: year, appointedMonth: month, gender: gender))
    }
}
