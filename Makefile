# Ramping: `make demo` runs the main job on the bundled chart, `make test` builds and runs every test.
SWIFT ?= swift
# The demo, like the speed figures in the README, uses the release build; `make test` builds debug.
RAMPING := .build/release/ramping
SAMPLE := OrgCharts/kabupaten-sragen.yaml
TUTORIAL := OrgCharts/kabupaten-contoh.yaml
SCENARIOS := penyederhanaan-birokrasi penggabungan-dinas pelayanan-terpadu restrukturisasi-lengkap
# Pages of the deck beyond the first few kept as pictures for the README (a scenario's changes, the comparison).
DECK_PAGES := 9 22 23
# Debian packages the build and the tests need: libxml2 (GraphML, xlsx parts) and pkg-config to find it, zlib (the
# xlsx zip container, through ZIPFoundation), Graphviz (diagrams), xmllint (schema checks in the tests),
# libxlsxwriter (writing .xlsx), rsvg-convert (page-sized PDF and PNG) and poppler's pdfinfo/pdftoppm (the
# tests measure rendered pages), libyaml (reading charts and scenarios).
APT_PACKAGES := libxml2-dev pkgconf graphviz libxml2-utils zlib1g-dev libxlsxwriter-dev librsvg2-bin poppler-utils libyaml-dev
# What the tests need besides: Python with NetworkX (the interop tests), openpyxl and LibreOffice Calc (every
# workbook written is opened with them; without them those checks are skipped and say so).
TEST_APT_PACKAGES := python3 python3-networkx python3-openpyxl libreoffice-calc-nogui
# The deck (`ramping deck`): cairo and Pango draw the PDF, librsvg places the diagrams, Liberation Sans is its font.
DECK_APT_PACKAGES := libcairo2-dev libpango1.0-dev librsvg2-dev fonts-liberation2
# The deck's tests open the PPTX with LibreOffice Impress (headless) and python-pptx (not packaged in Debian 12).
DECK_TEST_APT_PACKAGES := libreoffice-impress-nogui
# The workbench's browser tests (`ramping serve` driven in a real headless Chromium): Debian's packages.
BROWSER_APT_PACKAGES := chromium chromium-driver python3-selenium
# Debian's Python, where python3-selenium is (a python3 earlier on PATH, e.g. pyenv's, does not have it).
SYSTEM_PYTHON := $(shell test -x /usr/bin/python3 && echo /usr/bin/python3 || echo python3)

PREFIX ?= /usr/local

.PHONY: all build setup setup-test setup-bench demo test bench bench-national national sample install clean fuzz fuzz-build

all: build

# Installs the missing system packages when run as root; otherwise prints the exact command and stops.
# (A removed package whose config files remain is not installed: dpkg -s would say it is.)
define apt_install
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "Ramping needs these Debian packages:$$missing"; \
	    echo "Install them with:  sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi
endef

setup:
	$(call apt_install,$(APT_PACKAGES))
	$(call apt_install,$(DECK_APT_PACKAGES))
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is needed: see https://www.swift.org/install/linux/"; exit 1; }

# The interop tests read our GraphML with NetworkX, as analysts do: Debian's own package, since a stock
# Debian 12 refuses `pip install` into the system Python (PEP 668).
setup-test: setup
	$(call apt_install,$(TEST_APT_PACKAGES))
	$(call apt_install,$(DECK_TEST_APT_PACKAGES))
	@python3 -c "import pptx" 2>/dev/null || python3 -m pip install -q python-pptx 2>/dev/null || \
	  python3 -m pip install -q --user --break-system-packages python-pptx || \
	  { echo "The deck tests need python-pptx: python3 -m pip install --user --break-system-packages python-pptx"; exit 1; }
	$(call apt_install,$(BROWSER_APT_PACKAGES))

build: setup
	$(SWIFT) build -c release --product ramping

# The main job on the full sample: check it, summarise it, analyse it; reports go to Exports/.
demo: build
	@mkdir -p Exports
	$(RAMPING) validate $(TUTORIAL) $(SAMPLE) --quiet
	$(RAMPING) info $(SAMPLE)
	$(RAMPING) analyse spans $(SAMPLE) --limit 5
	$(RAMPING) analyse gaps $(SAMPLE) --horizon 5 --limit 5
	$(RAMPING) analyse compliance $(SAMPLE) --limit 10
	$(RAMPING) analyse merit $(SAMPLE) --limit 5
	$(RAMPING) analyse talent $(SAMPLE) --limit 5
	$(RAMPING) analyse careers $(SAMPLE) --limit 8
	$(RAMPING) analyse typology $(SAMPLE) --limit 12 | head -n 16
	$(RAMPING) analyse cost $(SAMPLE) --limit 5
	$(RAMPING) analyse formasi $(SAMPLE) --limit 5 | head -n 18
	@set -e; write() { "$$@" > "$$OUT.tmp" && mv "$$OUT.tmp" "$$OUT" && echo "Written: $$OUT"; }; \
	  OUT=Exports/kabupaten-sragen-info.md write $(RAMPING) info $(SAMPLE) --format markdown 2>/dev/null; \
	  for a in spans compliance merit talent careers typology cost formasi; do \
	    OUT=Exports/kabupaten-sragen-$$a.md write $(RAMPING) analyse $$a $(SAMPLE) --format markdown 2>/dev/null; \
	    OUT=Exports/kabupaten-sragen-$$a.csv write $(RAMPING) analyse $$a $(SAMPLE) --format csv 2>/dev/null; \
	  done; \
	  OUT=Exports/kabupaten-sragen-gaps.md write $(RAMPING) analyse gaps $(SAMPLE) --horizon 5 --sensitivity --format markdown 2>/dev/null; \
	  OUT=Exports/kabupaten-sragen-gaps.csv write $(RAMPING) analyse gaps $(SAMPLE) --format csv 2>/dev/null
	$(RAMPING) export $(SAMPLE) --format svg --view units --depth 1 --page 16:9 -o Exports/struktur-organisasi.svg 2>/dev/null
	$(RAMPING) export $(SAMPLE) --format pdf --view units --depth 1 --page 16:9 -o Exports/struktur-organisasi.pdf 2>/dev/null
	$(RAMPING) export $(SAMPLE) --format png --view units --depth 1 --page 16:9 -o Exports/struktur-organisasi.png 2>/dev/null
	$(RAMPING) export $(SAMPLE) --format svg --view units --depth 1 --style perbup -o Exports/bagan-perbup.svg 2>/dev/null
	$(RAMPING) export $(SAMPLE) --format pdf --view units --depth 1 --style perbup -o Exports/bagan-perbup.pdf 2>/dev/null
	$(RAMPING) export $(SAMPLE) --format png --view positions --unit dinkes.sekretariat --style bkn --page 16:9 -o Exports/peta-jabatan-bkn.png 2>/dev/null
	@rm -rf Exports/peta-jabatan
	$(RAMPING) export $(SAMPLE) --format svg --view positions --each --style bkn --page 16:9 -o Exports/peta-jabatan 2>&1 | tail -n 1
	$(RAMPING) export $(SAMPLE) --format pdf --view positions --each --style bkn --page 16:9 -o Exports/peta-jabatan.pdf 2>/dev/null
	$(RAMPING) export $(TUTORIAL) --format svg --view people -o Exports/kabupaten-contoh.svg 2>/dev/null
	$(RAMPING) export $(TUTORIAL) --format graphml --view people -o Exports/kabupaten-contoh.graphml 2>/dev/null
	$(RAMPING) export $(TUTORIAL) --format yed --groups -o Exports/kabupaten-contoh-yed.graphml 2>/dev/null
	$(RAMPING) export $(TUTORIAL) --format xlsx -o Exports/kabupaten-contoh.xlsx 2>/dev/null
	@set -e; for f in peta-jabatan rekap-abk abk duk; do \
	  $(RAMPING) form $$f $(SAMPLE) -o Exports/kabupaten-sragen-$$f.xlsx 2>/dev/null; echo "Written: Exports/kabupaten-sragen-$$f.xlsx"; \
	done
	$(RAMPING) analyse formasi $(SAMPLE) --format xlsx -o Exports/kabupaten-sragen-formasi-bkn.xlsx 2>/dev/null
	@mkdir -p Exports/scenarios
	@set -e; for s in $(SCENARIOS); do \
	  $(RAMPING) simulate $(SAMPLE) OrgCharts/scenarios/$$s.yaml -o Exports/scenarios/$$s.yaml --report Exports/scenarios/$$s.md 2>/dev/null; \
	  $(RAMPING) export Exports/scenarios/$$s.yaml --diff $(SAMPLE) --format svg --view units --depth 1 --page 16:9 -o Exports/scenarios/$$s-struktur.svg 2>/dev/null; \
	  echo "Written: Exports/scenarios/$$s.yaml, .md, -struktur.svg"; \
	done
	$(RAMPING) export Exports/scenarios/penggabungan-dinas.yaml --diff $(SAMPLE) --format svg --view units --depth 1 --unit dinkessos --page 16:9 -o Exports/scenarios/penggabungan-dinkessos.svg 2>/dev/null
	$(RAMPING) export Exports/scenarios/penggabungan-dinas.yaml --diff $(SAMPLE) --format pdf --unit dinkessos --page 16:9 -o Exports/scenarios/penggabungan-dinkessos.pdf 2>/dev/null
	$(RAMPING) export Exports/scenarios/penyederhanaan-birokrasi.yaml --diff $(SAMPLE) --format svg --unit dpmptsp.pelayanan --page 16:9 -o Exports/scenarios/penyederhanaan-dpmptsp.svg 2>/dev/null
	$(RAMPING) export Exports/scenarios/penyederhanaan-birokrasi.yaml --diff $(SAMPLE) --format pdf --unit dpmptsp --page 16:9 -o Exports/scenarios/penyederhanaan-dpmptsp.pdf 2>/dev/null
	$(RAMPING) compare $(SAMPLE) $(foreach s,$(SCENARIOS),OrgCharts/scenarios/$(s).yaml)
	@$(RAMPING) compare $(SAMPLE) $(foreach s,$(SCENARIOS),OrgCharts/scenarios/$(s).yaml) --format markdown > Exports/scenarios/perbandingan.md.tmp 2>/dev/null && \
	  mv Exports/scenarios/perbandingan.md.tmp Exports/scenarios/perbandingan.md && echo "Written: Exports/scenarios/perbandingan.md"
	$(RAMPING) deck $(SAMPLE) $(foreach s,$(SCENARIOS),OrgCharts/scenarios/$(s).yaml) -o Exports/paparan.pdf -o Exports/paparan.pptx
	@mkdir -p Exports/paparan
	@for p in 2 3 6 $(DECK_PAGES); do pdftoppm -r 96 -png -singlefile -f $$p -l $$p Exports/paparan.pdf Exports/paparan/halaman-$$p; done
	@echo "Written: Exports/paparan/halaman-*.png"

test: setup-test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(SYSTEM_PYTHON) Tests/Browser/workbench_test.py .build/debug/ramping

# The benchmarks compare with SciPy (assignment) and time with GNU time; the national generator reads YAML.
BENCH_PACKAGES := python3-scipy python3-yaml time
setup-bench: setup
	$(call apt_install,$(BENCH_PACKAGES))

# Fuzzing (libFuzzer + AddressSanitizer): the chart loader, the scenario loader, the GraphML importer and the
# table importer (csv: CSV, HTML-as-.xls and SIASN JSON; xlsx: whole workbooks or their parts), each
# followed by every command on what they accept (Fuzz/Targets). SwiftPM builds the libraries instrumented
# (optimised: overflow, bounds and unwrap checks stay in -O, and inputs run several times faster);
# the harnesses (Fuzz/Harness) are linked here with swiftc, since SwiftPM renames an executable's entry point
# and libFuzzer brings its own main. Seeds: Fuzz/TARGET/corpus (read, never written); new inputs go to
# .build/fuzz/corpus/TARGET; crashes, timeouts and out-of-memory inputs to Fuzz/TARGET/crashes/, which
# `make test` replays. Stops after FUZZ_SECONDS per target and goes on past a crash to find the next one.
#   make fuzz                      every target, 2 minutes each
#   make fuzz FUZZ_TARGETS=chart FUZZ_SECONDS=600
#   .build/fuzz/fuzz-chart Fuzz/chart/crashes/crash-…   replays one input
FUZZ_TARGETS ?= chart scenario graphml csv xlsx
FUZZ_SECONDS ?= 120
FUZZ_BUILD := .build/fuzz
FUZZ_MODULES := OrgModel OrgFiles OrgAnalysis OrgExport OrgSimulation ZIPFoundation OrgTables OrgImport FuzzTargets

fuzz-build: setup
	$(SWIFT) build -c release --build-path $(FUZZ_BUILD) --target FuzzTargets \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -g -Xcc -fsanitize=fuzzer-no-link,address
	@set -e; objects=$$(for m in $(FUZZ_MODULES); do find -L $(FUZZ_BUILD)/release/$$m.build -name '*.o'; done); \
	for t in $(FUZZ_TARGETS); do \
	  swiftc -sanitize=fuzzer,address -parse-as-library -O -g -use-ld=lld -I $(FUZZ_BUILD)/release/Modules \
	    -Xcc -fmodule-map-file=Sources/CLibXML2/module.modulemap -Xcc -I/usr/include/libxml2 \
	    -Xcc -fmodule-map-file=Sources/CYAML/module.modulemap \
	    -Xcc -fmodule-map-file=$(FUZZ_BUILD)/checkouts/ZIPFoundation/Sources/CZLib/module.modulemap \
	    Fuzz/Harness/$$t.swift $$objects -lxml2 -lyaml -lz -o $(FUZZ_BUILD)/fuzz-$$t; \
	  echo "Built: $(FUZZ_BUILD)/fuzz-$$t"; \
	done

fuzz: fuzz-build
	@set -e; for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t Fuzz/$$t/crashes; \
	  echo "Fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 $(FUZZ_BUILD)/fuzz-$$t \
	    $(FUZZ_BUILD)/corpus/$$t Fuzz/$$t/corpus -dict=Fuzz/$$t/$$t.dict \
	    -artifact_prefix=Fuzz/$$t/crashes/ -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	    -malloc_limit_mb=1024 -max_len=65536 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
	    -print_final_stats=1 > $(FUZZ_BUILD)/$$t.log 2>&1 || { tail -n 20 $(FUZZ_BUILD)/$$t.log; exit 1; }; \
	  grep -E "^#[0-9]+: cov|ERROR|Fatal error" $(FUZZ_BUILD)/$$t.log | tail -n 6; \
	done
	@echo "Inputs that crashed, timed out or ran out of memory:"; ls Fuzz/*/crashes/ | grep -v '^$$' || true

# Times the analysers on charts of 5,000 to 40,000 posts (growth exponents), the assignment solver against
# SciPy on the same matrices, the export writers (MB/s) and the load of the sample (release build).
bench: setup-bench
	$(SWIFT) build -c release --product ramping-bench
	.build/release/ramping-bench
	$(SWIFT) build -c release --product ramping
	$(SWIFT) build -c release --product ramping-loader-bench
	.build/release/ramping-loader-bench 20000

# A fictional national set: one chart per kabupaten/kota (508, by province, 3,000 to 20,000 staff each),
# written into $(NATIONAL)/, which is not committed (about 1.6 GB).
NATIONAL ?= national
national: setup-bench
	python3 Tools/generate_national.py $(NATIONAL)

# The national roll-up timed: wall clock, peak memory and the rate per core (targets: < 8 min, < 8 GiB).
bench-national: setup-bench
	$(SWIFT) build -c release --product ramping
	@test -d $(NATIONAL) || $(MAKE) national
	Benchmarks/national.sh .build/release/ramping $(NATIONAL)

# A release build of the command, on PATH.
install: setup
	$(SWIFT) build -c release --product ramping
	install -d $(PREFIX)/bin
	install -m 755 .build/release/ramping $(PREFIX)/bin/ramping
	@echo "Installed: $(PREFIX)/bin/ramping"

# Regenerates the full sample from its deterministic script.
sample:
	python3 Tools/generate_sragen.py $(SAMPLE)

clean:
	rm -rf .build
