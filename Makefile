# Ramping: `make demo` runs the main job on the bundled chart, `make test` builds and runs every test.
SWIFT ?= swift
# The demo, like the speed figures in the README, uses the release build; `make test` builds debug.
RAMPING := .build/release/ramping
SAMPLE := OrgCharts/kabupaten-sragen.yaml
TUTORIAL := OrgCharts/kabupaten-contoh.yaml
SCENARIOS := penyederhanaan-birokrasi penggabungan-dinas pelayanan-terpadu restrukturisasi-lengkap
# Pages of the deck beyond the first few kept as pictures for the README (a scenario's changes, the comparison).
DECK_PAGES := 8 9 16 17
# Debian packages the build and the tests need: libxml2 (GraphML) and pkg-config to find it, Graphviz
# (diagrams), xmllint (schema checks in the tests), rsvg-convert (page-sized PDF and PNG) and poppler's
# pdfinfo/pdftoppm (the tests measure rendered pages).
APT_PACKAGES := libxml2-dev pkgconf graphviz libxml2-utils librsvg2-bin poppler-utils
# What the tests need besides: Python with NetworkX (the interop tests).
TEST_APT_PACKAGES := python3 python3-networkx
# The deck (`ramping deck`): cairo and Pango draw the PDF, librsvg places the diagrams, Liberation Sans is its font.
DECK_APT_PACKAGES := libcairo2-dev libpango1.0-dev librsvg2-dev fonts-liberation2
# The deck's tests open the PPTX with LibreOffice Impress (headless) and python-pptx (not packaged in Debian 12).
DECK_TEST_APT_PACKAGES := libreoffice-impress-nogui

PREFIX ?= /usr/local

.PHONY: all build setup setup-test demo test bench sample install clean

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
	@set -e; write() { "$$@" > "$$OUT.tmp" && mv "$$OUT.tmp" "$$OUT" && echo "Written: $$OUT"; }; \
	  OUT=Exports/kabupaten-sragen-info.md write $(RAMPING) info $(SAMPLE) --format markdown 2>/dev/null; \
	  for a in spans compliance merit talent careers; do \
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
	@for p in 2 3 5 6 $(DECK_PAGES); do pdftoppm -r 96 -png -singlefile -f $$p -l $$p Exports/paparan.pdf Exports/paparan/halaman-$$p; done
	@echo "Written: Exports/paparan/halaman-*.png"

test: setup-test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Times the loader and the analysers on a generated chart of 100,000 posts (release build).
bench: setup
	$(SWIFT) build -c release --product ramping-bench
	.build/release/ramping-bench 100000

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
