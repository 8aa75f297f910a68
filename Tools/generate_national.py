#!/usr/bin/env python3
"""Generate a national set of regional org charts for `ramping rollup` and `make bench-national`.

One chart per kabupaten/kota, grouped by province (37 provinces, 508 regions: the count of autonomous
kabupaten and kota, without DKI Jakarta's administrative ones), each from 3,000 (a small kota) to 20,000 staff
(a large kabupaten), about 4.7 million people in all. Every chart is built on the fictional Sragen sample
(OrgCharts/kabupaten-sragen.yaml): the same structure of units and structural posts, with each region's own
dinas types (so some breach the PP 18/2016 caps), functional and pelaksana posts widened to the region's
size, and people invented for the seats, with ages spread so that a retirement wave shows.

Deterministic: the same arguments give the same files, byte for byte. Every name and NIP is invented.
Usage: python3 Tools/generate_national.py OUTPUT_FOLDER [--regions N] [--scale F]
  --regions N   only the first N regions (for a quick run)
  --scale F     multiply every region's staff by F (e.g. 0.1 for a small set)
Charts are written as YAML flow mappings (JSON syntax), one record per line.
"""
import json
import multiprocessing
import os
import random
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = os.path.join(HERE, "..", "OrgCharts", "kabupaten-sragen.yaml")

# Province, number of kabupaten, number of kota.
PROVINCES = [
    ("Aceh", 18, 5), ("Sumatera Utara", 25, 8), ("Sumatera Barat", 12, 7), ("Riau", 10, 2), ("Jambi", 9, 2),
    ("Sumatera Selatan", 13, 4), ("Bengkulu", 9, 1), ("Lampung", 13, 2), ("Kepulauan Bangka Belitung", 6, 1),
    ("Kepulauan Riau", 5, 2), ("Jawa Barat", 18, 9), ("Jawa Tengah", 29, 6), ("DI Yogyakarta", 4, 1),
    ("Jawa Timur", 29, 9), ("Banten", 4, 4), ("Bali", 8, 1), ("Nusa Tenggara Barat", 8, 2),
    ("Nusa Tenggara Timur", 21, 1), ("Kalimantan Barat", 12, 2), ("Kalimantan Tengah", 13, 1),
    ("Kalimantan Selatan", 11, 2), ("Kalimantan Timur", 7, 3), ("Kalimantan Utara", 4, 1), ("Sulawesi Utara", 11, 4),
    ("Sulawesi Tengah", 12, 1), ("Sulawesi Selatan", 21, 3), ("Sulawesi Tenggara", 15, 2), ("Gorontalo", 5, 1),
    ("Sulawesi Barat", 6, 0), ("Maluku", 9, 2), ("Maluku Utara", 8, 2), ("Papua", 8, 1), ("Papua Barat", 7, 0),
    ("Papua Selatan", 4, 0), ("Papua Tengah", 8, 0), ("Papua Pegunungan", 8, 0), ("Papua Barat Daya", 5, 1),
]
# Staff per region: kota from 3,000, kabupaten up to 20,000 (log-uniform within each range).
STAFF = {"kota": (3_000, 9_000), "kabupaten": (5_000, 20_000)}

NAMES_M = ["Agus", "Budi", "Joko", "Slamet", "Heru", "Bambang", "Teguh", "Hendra", "Dimas", "Rizky", "Yoga", "Arif",
           "Eko", "Wahyu", "Andi", "Fajar", "Galih", "Imam", "Lukman", "Nanang", "Rahmat", "Sigit", "Yusuf", "Made",
           "Ketut", "Putu", "Ahmad", "Rudi", "Hasan", "Yohanes", "Markus", "Frans"]
NAMES_F = ["Dewi", "Sri", "Rina", "Endang", "Ayu", "Fitri", "Nur", "Wulan", "Siti", "Yuni", "Ratna", "Indah",
           "Maya", "Novi", "Retno", "Susi", "Wiwik", "Yanti", "Anis", "Dian", "Erna", "Intan", "Komang", "Maria"]
FAMILY = ["Wibowo", "Santoso", "Lestari", "Handayani", "Kurniawan", "Saputra", "Susilo", "Setiawan", "Nugroho",
          "Prasetyo", "Hidayat", "Rahayu", "Permana", "Utami", "Siregar", "Nasution", "Harahap", "Lubis", "Pane",
          "Tanjung", "Sinaga", "Manurung", "Wijaya", "Pratama", "Daeng", "Lamba", "Mandagi", "Rumbiak", "Kambu"]
AS_OF = (2026, 1, 1)


def slug(text):
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-").replace("--", "-")


def dumps(value):
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def regions():
    out = []
    for province, kabupaten, kota in PROVINCES:
        for k in range(kabupaten):
            out.append((province, "kabupaten", k + 1))
        for k in range(kota):
            out.append((province, "kota", k + 1))
    return out


def generate(template, province, kind, number, index, scale, folder):
    rng = random.Random(f"{province}/{kind}/{number}")
    low, high = STAFF[kind]
    staff = int(round(low * (high / low) ** rng.random() * scale))
    pslug = slug(province)
    rid = f"{'kab' if kind == 'kabupaten' else 'kota'}-{pslug}-{number:02d}"
    name = f"Pemerintah {'Kabupaten' if kind == 'kabupaten' else 'Kota'} {province} {number} (fiktif)"

    units = []
    for u in template["units"]:
        u = dict(u)
        if u["kind"] in ("dinas", "badan") and "type" in u:
            # Each region sizes its dinas and badan itself: a type C unit with the template's bidang breaches its cap.
            u["type"] = rng.choices(["A", "B", "C"], weights=[6, 3, 1])[0]
        units.append(u)
    structural = [p for p in template["positions"] if p["level"] in ("jpt-pratama", "administrator", "pengawas", "politik")]
    functional_seats = sum(p.get("seats", 1) for p in template["positions"] if p not in structural)
    factor = max(1.0, (staff - len(structural)) / functional_seats / 0.93)
    positions = []
    for p in template["positions"]:
        p = dict(p)
        if p["level"] in ("pelaksana", "fungsional"):
            p["seats"] = max(1, int(round(p.get("seats", 1) * factor)))
            if "workload" in p:
                p["workload"] = [dict(t, volume=round(t["volume"] * factor)) for t in p["workload"]]
        positions.append(p)

    prototypes, by_level = {}, {}
    for person in template["people"]:
        if person.get("position"):
            prototypes.setdefault(person["position"], []).append(person)
    for p in template["positions"]:
        for person in prototypes.get(p["id"], []):
            by_level.setdefault((p["level"], p.get("eselon")), []).append(person)

    people, nips = [], set()
    rand = rng.random
    def randint(a, b):                     # rng.randint, several times faster
        return a + int(rand() * (b - a + 1))
    def person_for(post, proto):
        female = rand() < 0.45
        # Ages 24 up to the retirement age (BUP 58; 60 for JPT), more of them older: the retirement wave of
        # the 1980s intakes. A few past it, as in real data, for the compliance check to find.
        ceiling = 59 if post["level"] == "jpt-pratama" else 57
        age = min(ceiling, max(24, int(rng.triangular(24, ceiling + 1, 52))))
        if rand() < 0.0005:
            age = ceiling + 2
        if post["level"] in ("jpt-pratama", "administrator"):
            age = max(age, 38)
        year = AS_OF[0] - age - 1 + (1 if rand() < 0.5 else 0)
        month, day = randint(1, 12), randint(1, 28)
        appointed = min(AS_OF[0] - 1, year + randint(22, 30))
        while True:
            nip = f"{year:04d}{month:02d}{day:02d}{appointed:04d}{randint(1, 12):02d}{2 if female else 1}{randint(1, 999):03d}"
            if nip not in nips:
                nips.add(nip)
                break
        given = rng.choice(NAMES_F if female else NAMES_M)
        person = {"nip": nip, "name": f"{given} {rng.choice(FAMILY)}", "position": post["id"]}
        since_year = randint(min(appointed + 1, AS_OF[0] - 1), AS_OF[0] - 1)
        person["since"] = f"{since_year}-{randint(1, 12):02d}-01"
        for key in ("rank", "education", "competencies", "performance", "potential", "status"):
            if proto and key in proto:
                person[key] = proto[key]
        if proto and "rank_since" in proto:
            person["rank_since"] = f"{max(appointed, AS_OF[0] - randint(1, 6))}-{randint(1, 12):02d}-01"
        return person

    for p in positions:
        seats = p.get("seats", 1)
        protos = prototypes.get(p["id"]) or by_level.get((p["level"], p.get("eselon"))) or [None]
        if p["level"] == "politik":
            continue
        fill = seats if seats == 1 and rng.random() < 0.9 else int(round(seats * rng.uniform(0.85, 1.0)))
        for k in range(min(seats, fill)):
            people.append(person_for(p, protos[k % len(protos)]))

    org = dict(template["organisation"])
    org.update({"id": rid, "name": name, "region": kind, "province": province})
    lines = ["# Generated by Tools/generate_national.py: a fictional region of the national set.",
             "format: ramping/1", "organisation: " + dumps({k: str(v) if k == "as_of" else v for k, v in org.items()}),
             "competencies:"]
    lines += ["  - " + dumps(c) for c in template["competencies"]]
    lines.append("units:")
    lines += ["  - " + dumps(u) for u in units]
    lines.append("positions:")
    lines += ["  - " + dumps(p) for p in positions]
    lines.append("people:")
    lines += ["  - " + dumps(p) for p in people]
    lines.append("career_paths:")
    lines += ["  - " + dumps(c) for c in template.get("career_paths", [])]
    path = os.path.join(folder, f"{index:03d}-{rid}.yaml")
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(path + ".tmp", path)
    return len(people)


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        print("Usage: python3 Tools/generate_national.py OUTPUT_FOLDER [--regions N] [--scale F]")
        sys.exit(2)
    folder = args[0]
    limit = int(args[args.index("--regions") + 1]) if "--regions" in args else None
    scale = float(args[args.index("--scale") + 1]) if "--scale" in args else 1.0
    os.makedirs(folder, exist_ok=True)
    with open(TEMPLATE, encoding="utf-8") as f:
        template = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    template["organisation"]["as_of"] = str(template["organisation"]["as_of"])
    all_regions = regions()[:limit] if limit else regions()
    jobs = [(template, province, kind, number, i + 1, scale, folder) for i, (province, kind, number) in enumerate(all_regions)]
    total = 0
    # Each region draws from its own seeded generator, so running them in parallel changes nothing.
    with multiprocessing.Pool() as pool:
        for i, people in enumerate(pool.imap(generate_job, jobs, chunksize=4)):
            total += people
            if (i + 1) % 50 == 0:
                print(f"{i + 1}/{len(all_regions)} regions, {total:,} people", file=sys.stderr)
    print(f"Written: {len(all_regions)} charts in {folder}, {total:,} people")


def generate_job(job):
    return generate(*job)


if __name__ == "__main__":
    main()
