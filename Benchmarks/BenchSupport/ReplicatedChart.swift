// The chart both benchmarks grow: the Sragen sample replicated under one pemda (ramping-bench for the analyses
// and exports, ramping-loader-bench for the loader), written once here so that both time the same shape.
import Foundation
public import OrgModel

public enum ReplicatedChart {
    /// The full sample replicated `copies` times under one pemda: every unit, post, person and career path
    /// again with its own ids and NIPs, so that the requirement mix, ranks and competencies stay realistic.
    /// The root unit's posts (bupati, sekda) stay single and are held in the first copy only.
    ///
    /// With `peoplePerPost`, more people are added until the chart holds that many per post: copies of the
    /// holders of non-head posts (pelaksana and functional staff), each in the post the original holds, whose
    /// seats grow to fit. The 26 MB loader chart has 20,000 posts and 71,000 people (3.55 per post);
    /// the sample itself has 1.6.
    public static func replicate(_ chart: OrgChart, copies: Int, peoplePerPost: Double? = nil) -> OrgChart {
        let rootUnit = chart.units.first { $0.parent == nil }!.id
        let rootPosts = Set(chart.positions.filter { $0.unit == rootUnit }.map(\.id))
        let postIndex = Dictionary(chart.positions.enumerated().map { ($1.id, $0) }) { a, _ in a }
        var out = chart
        out.units = [chart.units.first { $0.id == rootUnit }!]
        out.positions = []
        out.people = []
        out.careerPaths = []
        // A person's NIP keeps its first 15 digits (birth date, appointment, gender); the last 3 count
        // the people sharing them, so each copy takes its own block of that count.
        var prefixCount: [Substring: Int] = [:]
        var sequence: [Int] = []
        for p in chart.people {
            let prefix = p.nip.prefix(15)
            sequence.append(prefixCount[prefix, default: 0])
            prefixCount[prefix, default: 0] += 1
        }
        let maxSame = prefixCount.values.max() ?? 1

        // Extra holders per copy: people in non-head posts outside the root unit, taken in turn.
        var extraPerCopy: [Int] = []  // indexes into chart.people, repeated as needed
        var rounds = 1
        if let peoplePerPost {
            let postsPerCopy = chart.positions.count - rootPosts.count
            let wanted = Int((peoplePerPost * Double(postsPerCopy)).rounded()) - chart.people.count
            let staff = chart.people.indices.filter { n in
                guard let at = chart.people[n].position, let p = postIndex[at] else { return false }
                return !chart.positions[p].head && !rootPosts.contains(at)
            }
            if wanted > 0, !staff.isEmpty {
                extraPerCopy = (0..<wanted).map { staff[$0 % staff.count] }
                rounds = 1 + (wanted + staff.count - 1) / staff.count
            }
        }
        precondition(rounds * copies * maxSame < 1000, "too many copies for distinct NIPs")

        for k in 0..<copies {
            func post(_ id: String) -> String { rootPosts.contains(id) ? id : "c\(k).\(id)" }
            func nip(_ n: Int, round: Int) -> String {
                let block: Int = (k + round * copies) * maxSame
                let serial: Int = 1 + block + sequence[n]
                return String(chart.people[n].nip.prefix(15)) + String(format: "%03d", serial)
            }
            for u in chart.units where u.id != rootUnit {
                var u = u
                u.id = "c\(k).\(u.id)"
                if let parent = u.parent, parent != rootUnit { u.parent = "c\(k).\(parent)" }
                out.units.append(u)
            }
            var extraHolders: [String: Int] = [:]
            var round: [Int: Int] = [:]
            var extras: [Person] = []
            for n in extraPerCopy {
                var person = chart.people[n]
                round[n, default: 0] += 1
                person.nip = nip(n, round: round[n]!)
                person.position = person.position.map(post)
                person.acting = nil
                extraHolders[person.position!, default: 0] += 1
                extras.append(person)
            }
            for p in chart.positions where k == 0 || !rootPosts.contains(p.id) {
                var p = p
                if !rootPosts.contains(p.id) { p.id = post(p.id); p.unit = "c\(k).\(p.unit)" }
                p.dotted = p.dotted.map(post)
                p.reportsTo = p.reportsTo.map(post)
                if let more = extraHolders[p.id] { p.seats = min(ChartBounds.seats.upperBound, p.seats + more) }
                out.positions.append(p)
            }
            for (n, person) in chart.people.enumerated() {
                var person = person
                person.nip = nip(n, round: 0)
                if let at = person.position { person.position = k > 0 && rootPosts.contains(at) ? nil : post(at) }
                if let at = person.acting { person.acting = k > 0 && rootPosts.contains(at) ? nil : post(at) }
                out.people.append(person)
            }
            out.people += extras
            for c in chart.careerPaths {
                var c = c
                c.from = post(c.from)
                c.to = post(c.to)
                out.careerPaths.append(c)
            }
        }
        return out
    }
}
