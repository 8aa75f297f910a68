#!/usr/bin/env python3
"""The workbench in a real headless Chromium (issue 15): open the tutorial chart, open a dinas, build a two-step
scenario with the forms, see the comparison, download the diff SVG and check it, upload a broken file and see its
message at its line, and sign in as a viewer who cannot save. Screenshots of each page at 1366x768 go to
SHOTS (default .build/workbench-shots).

Usage: workbench_test.py PATH/TO/ramping   (run from the repository root; `make test` does this)
Exit 0 when every check passes; 1 otherwise, after listing each failed check with what the page showed. On a
failure (or an exception) a screenshot and the page source go to a temporary folder whose name is printed.
Needs chromium, chromium-driver, python3-selenium.
"""
import os, re, shutil, signal, socket, subprocess, sys, tempfile, time, xml.dom.minidom, zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

RAMPING = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/ramping")
SHOTS = os.path.abspath(os.environ.get("SHOTS", ".build/workbench-shots"))
FAILED = []
DRIVER = None  # the browser the checks are looking at, for the evidence of a failure
EVIDENCE = None  # the folder a failure's screenshot and page source go to, made at the first failure


def page_state(d):
    """What the page showed: its address, heading and message line (each may be missing)."""
    def text(by, what):
        try:
            return d.find_element(by, what).text.strip().replace("\n", " | ")[:200]
        except Exception:
            return "-"
    try:
        url = d.current_url
    except Exception as e:
        return "(browser gone: %s)" % e
    return "url=%s h1=%r message=%r" % (url, text(By.TAG_NAME, "h1"), text(By.ID, "message"))


def save_evidence(name):
    """Saves the browser's screenshot and page source under EVIDENCE; returns where, or why not."""
    global EVIDENCE
    if DRIVER is None:
        return "no browser open"
    if EVIDENCE is None:
        EVIDENCE = tempfile.mkdtemp(prefix="ramping-browser-failed-")
    base = os.path.join(EVIDENCE, "%02d-%s" % (len(os.listdir(EVIDENCE)) // 2 + 1, re.sub(r"[^A-Za-z0-9]+", "-", name)[:60]))
    try:
        DRIVER.save_screenshot(base + ".png")
        with open(base + ".html", "w", encoding="utf-8") as f:
            f.write(DRIVER.page_source)
        return base + ".png/.html"
    except Exception as e:
        return "not saved: %s" % e


def check(condition, what, why=None):
    """Records a check. `why` (a string or a function giving one) says what was seen when it fails."""
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        seen = why() if callable(why) else why
        detail = ("seen: %s; " % seen if seen is not None else "") + (page_state(DRIVER) if DRIVER else "")
        saved = save_evidence(what)
        print("     " + detail + "\n     evidence: " + saved, flush=True)
        FAILED.append("%s (%s)" % (what, detail))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(workspace, *extra):
    """Starts `ramping serve` on a free loopback port; returns (process, the URL it printed)."""
    port = free_port()
    p = subprocess.Popen([RAMPING, "serve", workspace, "--port", str(port), *extra], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = p.stdout.readline()
        m = re.search(r"(http://\S+)", line or "")
        if m:
            return p, m.group(1)
        if p.poll() is not None:
            raise SystemExit("ramping serve stopped: " + p.stderr.read())
    p.kill()
    raise SystemExit("ramping serve printed no address within 60 s")


def browser(downloads):
    options = webdriver.ChromeOptions()
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1366,768", "--disable-dev-shm-usage"]:
        options.add_argument(a)
    options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    global DRIVER
    d = webdriver.Chrome(service=Service(driver_path), options=options)
    DRIVER = d
    d.set_window_size(1366, 768)
    d.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return d


def shot(d, name):
    os.makedirs(SHOTS, exist_ok=True)
    d.save_screenshot(os.path.join(SHOTS, name + ".png"))


def replaced(old):
    """A wait condition: the page that held `old` has been replaced. Chromium sometimes answers for a node of
    the page just left with "does not belong to the document" rather than "stale element": both mean so."""
    def condition(_):
        try:
            old.is_enabled()
            return False
        except WebDriverException:
            return True
    return condition


def go(d, by, what):
    """Clicks what leads to another page and waits until that page has replaced this one."""
    old = d.find_element(By.TAG_NAME, "html")
    d.find_element(by, what).click()
    WebDriverWait(d, 30).until(replaced(old))
    WebDriverWait(d, 30).until(lambda x: x.execute_script("return document.readyState") == "complete")


def h1(d, expected, seconds=10):
    """The page's heading once it reads `expected` (a click may still be loading the next page)."""
    deadline = time.time() + seconds
    text = ""
    while time.time() < deadline:
        try:
            text = d.find_element(By.TAG_NAME, "h1").text
            if text == expected:
                return text
        except Exception:
            pass
        time.sleep(0.1)
    return text


def listing(folder):
    """The files in a folder with their sizes, for a failure's message."""
    try:
        return ", ".join("%s (%d B)" % (f, os.path.getsize(os.path.join(folder, f))) for f in sorted(os.listdir(folder))) or "(empty)"
    except OSError as e:
        return str(e)


def wait_for_file(folder, suffix, seconds=20):
    """The downloaded file whose name ends with `suffix`, once Chromium has finished writing it. While it
    downloads, Chromium keeps an empty file under the final name beside NAME.crdownload (seen: the careers
    workbook read as 0 bytes), so the name alone does not say the download is done."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        names = os.listdir(folder)
        done = [f for f in names if f.endswith(suffix) and f + ".crdownload" not in names
                and os.path.getsize(os.path.join(folder, f)) > 0]
        if done:
            return os.path.join(folder, done[0])
        time.sleep(0.2)
    return None


def main():
    work = tempfile.mkdtemp(prefix="ramping-browser-")
    workspace = os.path.join(work, "ws")
    downloads = os.path.join(work, "downloads")
    os.makedirs(os.path.join(workspace, "OrgCharts"))
    os.makedirs(downloads)
    shutil.copy("OrgCharts/kabupaten-contoh.yaml", os.path.join(workspace, "OrgCharts"))
    broken = os.path.join(work, "daftar-pegawai.csv")
    with open("Tests/Fixtures/hr-data/simpeg_daftar_pegawai_idlocale.csv", "rb") as f:
        text = f.read().replace(b"197103141998031901", b"19710314199803190X")
    with open(broken, "wb") as f:
        f.write(text)

    server, url = start(workspace)
    d = browser(downloads)
    try:
        # Without the token nothing opens.
        d.get(url.split("?")[0])
        check("ramping serve" in d.find_element(By.ID, "message").text, "without the token the page says to open the printed address")
        d.get(url)
        check(d.find_element(By.TAG_NAME, "h1").text == "Folder kerja", "the token signs the browser in; Indonesian by default")
        shot(d, "1-folder-kerja")
        cookie = d.get_cookie("ramping_session")
        check(cookie is not None and cookie.get("httpOnly") and cookie.get("sameSite") == "Strict", "the session cookie is HttpOnly and SameSite=Strict", lambda: repr(cookie))

        # Upload a broken staff list: its message at its line, nothing saved.
        d.find_element(By.ID, "file").send_keys(broken)
        go(d, By.ID, "upload")
        messages = d.find_element(By.ID, "messages").text
        check("daftar-pegawai.csv:6" in messages or "daftar-pegawai.csv:B6" in messages, "the broken file's message names its line: " + messages.splitlines()[0][:120])
        check("tidak ada yang disimpan" in d.find_element(By.ID, "message").text, "nothing is saved from a broken file")
        shot(d, "2-unggah-berkas-rusak")
        # The message's place opens the uploaded sheet scrolled to its cell, marked.
        go(d, By.CSS_SELECTOR, "#messages a.place")
        target = d.execute_script("const t = document.querySelector(':target'); return t ? t.id + '|' + t.textContent : '';")
        check(target == "B6|19710314199803190X", "the message's link opens the sheet at the NIP's cell B6 (:target): " + target)
        check(d.execute_script("const c = document.getElementById('B6'), r = c.getBoundingClientRect();"
                               "return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === c;"),
              "the named cell is scrolled into view, not under the sticky column letters")
        shot(d, "2b-lembar-di-sel")

        # The tutorial chart: overview with the structure picture; click a unit in the picture.
        d.get(url.split("?")[0])
        go(d, By.LINK_TEXT, "Pemerintah Kabupaten Contoh")
        check(d.find_element(By.TAG_NAME, "h1").text == "Pemerintah Kabupaten Contoh", "the chart overview opens")
        check(len(d.find_elements(By.CSS_SELECTOR, ".diagram svg g.node.clickable")) >= 3, "the structure picture has clickable units",
              lambda: "%d clickable" % len(d.find_elements(By.CSS_SELECTOR, ".diagram svg g.node.clickable")))
        shot(d, "3-ikhtisar-bagan")
        d.find_element(By.CSS_SELECTOR, ".diagram .zoom-in").click()
        check("scale(1.25)" in d.find_element(By.CSS_SELECTOR, ".diagram svg").get_attribute("style"), "the picture zooms",
              lambda: "style=%r" % d.find_element(By.CSS_SELECTOR, ".diagram svg").get_attribute("style"))
        go(d, By.LINK_TEXT, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu")
        check("Peta jabatan" in d.page_source and d.find_element(By.ID, "posts"), "a dinas opens with its peta jabatan")
        check("Verifikator" in d.find_element(By.ID, "posts").text, "the peta jabatan lists its posts by title")
        check(not d.find_elements(By.ID, "people"), "names are hidden until asked")
        first = d.find_element(By.CSS_SELECTOR, "#posts tbody tr td").text
        d.find_elements(By.CSS_SELECTOR, "#posts th")[0].click()
        d.find_elements(By.CSS_SELECTOR, "#posts th")[0].click()
        check(d.find_element(By.CSS_SELECTOR, "#posts th.sorted-desc") is not None, "the table sorts by a click on its head")
        shot(d, "4-unit-dinas")
        d.find_element(By.CSS_SELECTOR, "a.xlsx-peta-jabatan").click()
        xlsx = wait_for_file(downloads, ".xlsx")
        check(xlsx is not None and zipfile.is_zipfile(xlsx) and "xl/workbook.xml" in zipfile.ZipFile(xlsx).namelist(),
              "the dinas's peta jabatan downloads as an Excel workbook", lambda: "downloads: %s" % listing(downloads))

        # A two-step scenario with the forms.
        go(d, By.CSS_SELECTOR, ".crumbs a")
        name = d.find_element(By.ID, "scenario-name")
        name.clear()
        name.send_keys("Uji peramban")
        go(d, By.ID, "new-scenario")
        Select(d.find_element(By.ID, "abolish-unit")).select_by_visible_text("Bidang Pelayanan Perizinan — Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu")
        Select(d.find_element(By.ID, "abolish-to")).select_by_visible_text("Sekretariat — Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu")
        go(d, By.ID, "add-abolish")
        check("Langkah ditambahkan" in d.find_element(By.ID, "message").text, "the first step is checked and added")
        go(d, By.ID, "add-place")
        steps = d.find_elements(By.CSS_SELECTOR, "#steps li")
        check(len(steps) == 2, "two steps listed", lambda: [s.text for s in steps])
        check(d.find_element(By.ID, "comparison").text.count("\n") > 5, "before/after numbers shown", lambda: d.find_element(By.ID, "comparison").text)
        shot(d, "5-penyusun-skenario")
        # A second tab that still shows the old version cannot add a step over them.
        d.execute_script("document.querySelector('#form-place input[name=version]').value = '1'")
        go(d, By.ID, "add-place")
        check("tab" in d.find_element(By.ID, "message").text, "a stale tab gets the version message, no step is lost")
        d.back()
        d.refresh()
        check(len(d.find_elements(By.CSS_SELECTOR, "#steps li")) == 2, "still two steps after the stale tab",
              lambda: [s.text for s in d.find_elements(By.CSS_SELECTOR, "#steps li")])
        # The diff picture as SVG.
        d.find_element(By.CSS_SELECTOR, "a.diff-svg").click()
        svg = wait_for_file(downloads, ".svg")
        check(svg is not None, "the diff SVG downloads", lambda: "downloads: %s" % listing(downloads))
        if svg:
            doc = xml.dom.minidom.parse(svg)
            text = open(svg, encoding="utf-8").read()
            check(doc.documentElement.tagName == "svg" and "Bidang Pelayanan Perizinan" in text and "dihapus" in text,
                  "the diff SVG is an SVG that shows the abolished bidang as removed", lambda: text[:300])
        # One of the other kinds of step: rename a unit, from its folded form.
        d.find_element(By.CSS_SELECTOR, "#more-rename-unit summary").click()
        Select(d.find_element(By.ID, "rename-unit-unit")).select_by_visible_text("Sekretariat — Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu")
        d.find_element(By.ID, "rename-unit-name").send_keys("Sekretariat Dinas PMPTSP")
        go(d, By.ID, "add-rename-unit")
        check("Langkah ditambahkan" in d.find_element(By.ID, "message").text and len(d.find_elements(By.CSS_SELECTOR, "#steps li")) == 3,
              "a rename step is added from its form",
              lambda: [s.text for s in d.find_elements(By.CSS_SELECTOR, "#steps li")])
        d.find_element(By.CSS_SELECTOR, "#more-add-position summary").click()
        d.execute_script("document.getElementById('more-move-unit').scrollIntoView()")
        shot(d, "5b-langkah-lain")
        go(d, By.ID, "save")
        check("Disimpan" in d.find_element(By.ID, "message").text, "the scenario saves as a file")
        saved = os.path.join(workspace, "OrgCharts", "scenarios", "uji-peramban.yaml")
        check(os.path.exists(saved), "the scenario file is in the workspace", lambda: listing(os.path.dirname(saved)))
        replay = subprocess.run([RAMPING, "simulate", os.path.join(workspace, "OrgCharts/kabupaten-contoh.yaml"), saved],
                                capture_output=True, text=True)
        check(replay.returncode == 0, "`ramping simulate` replays the saved scenario", lambda: replay.stderr[-600:])
        go(d, By.LINK_TEXT, "Bandingkan dengan bagan awal")
        table = d.find_element(By.ID, "compare").text
        check("Uji peramban" in table and "Bagan awal" in table, "the comparison shows the baseline and the scenario side by side", lambda: table[:300])
        shot(d, "6-perbandingan")
        go(d, By.ID, "lang")
        check(h1(d, "Scenario comparison") == "Scenario comparison", "the English switch")
        go(d, By.ID, "lang")
        h1(d, "Perbandingan skenario")
        d.get(url.split("?")[0] + "analysis?f=OrgCharts/kabupaten-contoh.yaml&a=gaps")
        shot(d, "7-analisis-abk")

        # Long work: every page of the full sample (53 perangkat daerah, about a minute) as one PDF shows a
        # progress bar and can be cancelled; no file is left.
        shutil.copy("OrgCharts/kabupaten-sragen.yaml", os.path.join(workspace, "OrgCharts"))
        d.get(url.split("?")[0] + "chart?f=OrgCharts/kabupaten-sragen.yaml")
        go(d, By.ID, "job-pages")
        check(d.find_element(By.ID, "job-progress").tag_name == "progress", "a long job shows a progress bar", lambda: d.find_element(By.ID, "job-progress").tag_name)
        WebDriverWait(d, 60, ignored_exceptions=(StaleElementReferenceException,)).until(
            lambda x: "dari 53 perangkat daerah" in x.find_element(By.ID, "job-text").text)
        shot(d, "9-pekerjaan-berjalan")
        go(d, By.ID, "cancel")
        WebDriverWait(d, 120, ignored_exceptions=(StaleElementReferenceException,)).until(
            lambda x: x.find_element(By.ID, "job").get_attribute("data-state") != "running")
        state = d.find_element(By.ID, "job-state").text
        check(state == "dibatalkan", "the cancelled job says dibatalkan", lambda: "job-state=%r data-state=%r" % (
            state, d.find_element(By.ID, "job").get_attribute("data-state")))
        check(not os.path.exists(os.path.join(workspace, "ekspor", "kabupaten-sragen-peta-jabatan.pdf")), "a cancelled job leaves no file",
              lambda: listing(os.path.join(workspace, "ekspor")))
        # One left to run: the page follows it through /job/status and links the result when done.
        d.get(url.split("?")[0] + "analysis?f=OrgCharts/kabupaten-contoh.yaml&a=careers")
        go(d, By.ID, "job-careers")
        WebDriverWait(d, 120, ignored_exceptions=(StaleElementReferenceException,)).until(
            lambda x: x.find_elements(By.CSS_SELECTOR, "a.job-result"))
        state = d.find_element(By.ID, "job-state").text
        check(state == "selesai", "the page follows the job to its end (selesai)", lambda: "job-state=%r" % state)
        shot(d, "10-pekerjaan-selesai")
        d.find_element(By.CSS_SELECTOR, "a.job-result").click()
        careers = wait_for_file(downloads, "-karier.xlsx")
        check(careers is not None and zipfile.is_zipfile(careers), "the job's result downloads as an Excel workbook", lambda: "downloads: %s" % listing(downloads))
        d.get(url.split("?")[0])
        check("Uji peramban" in d.find_element(By.ID, "drafts").text and "dibatalkan" in d.find_element(By.ID, "jobs").text,
              "the workspace lists the scenarios being built and the long jobs",
              lambda: "drafts=%r jobs=%r" % (d.find_element(By.ID, "drafts").text, d.find_element(By.ID, "jobs").text))
        shot(d, "11-folder-kerja-akhir")
    except Exception:
        print("stopped by an exception; " + page_state(d) + "\n     evidence: " + save_evidence("exception"), flush=True)
        raise
    finally:
        d.quit()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)

    # The office server: a viewer can look but not save.
    users = os.path.join(work, "akun.txt")
    for user, role in [("budi", "viewer"), ("siti", "editor")]:
        subprocess.run([RAMPING, "user", "add", users, user, "--role", role], input="kata-sandi-" + user + "\n", text=True, check=True, capture_output=True)
    refused = subprocess.run([RAMPING, "serve", workspace, "--host", "0.0.0.0", "--port", str(free_port())], capture_output=True, text=True, timeout=60)
    check(refused.returncode == 2 and "--users" in refused.stderr, "--host 0.0.0.0 without --users refuses to start",
          lambda: "exit %d: %s" % (refused.returncode, refused.stderr[-300:]))
    server, url = start(workspace, "--users", users)
    d = browser(downloads)
    try:
        d.get(url)
        d.find_element(By.NAME, "user").send_keys("budi")
        d.find_element(By.NAME, "password").send_keys("salah-sekali")
        go(d, By.ID, "login")
        check("salah" in d.find_element(By.ID, "message").text, "a wrong password is refused")
        d.find_element(By.NAME, "user").send_keys("budi")
        d.find_element(By.NAME, "password").send_keys("kata-sandi-budi")
        go(d, By.ID, "login")
        check("budi" in d.find_element(By.CSS_SELECTOR, "header.top").text, "the viewer signs in")
        check(not d.find_elements(By.ID, "upload-form"), "a viewer has no upload form")
        d.get(url.replace("/login", "/chart?f=OrgCharts/kabupaten-contoh.yaml"))
        check(not d.find_elements(By.ID, "new-scenario"), "a viewer has no scenario builder button")
        # Sending the builder's form anyway is refused.
        old = d.find_element(By.TAG_NAME, "html")
        d.execute_script("""
            const f = document.createElement('form'); f.method = 'post'; f.action = '/scenario/new';
            const c = document.querySelector('input[name=csrf]').cloneNode(); f.appendChild(c);
            const n = document.createElement('input'); n.name = 'f'; n.value = 'OrgCharts/kabupaten-contoh.yaml'; f.appendChild(n);
            document.body.appendChild(f); f.submit();""")
        WebDriverWait(d, 30).until(replaced(old))
        check("editor" in d.find_element(By.ID, "message").text, "a viewer who sends a change is told it needs the editor role")
        shot(d, "8-pembaca-ditolak")
    except Exception:
        print("stopped by an exception; " + page_state(d) + "\n     evidence: " + save_evidence("exception"), flush=True)
        raise
    finally:
        d.quit()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)
    shutil.rmtree(work, ignore_errors=True)
    if FAILED:
        print("%d browser checks failed:" % len(FAILED))
        for what in FAILED:
            print("  - " + what)
        print("screenshots and page sources of the failures in " + EVIDENCE)
        sys.exit(1)
    print("every browser check passed; screenshots in " + SHOTS)


if __name__ == "__main__":
    main()
