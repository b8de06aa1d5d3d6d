"""report.html: self-contained, strict CSP, escaped; sorted, filtered and opened in real Chromium."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.models import ROLE_KEYS, Document, Result
from pipeline.writers.html import TITLE, json_for_html, write_html

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
PAYLOADS = (
    "<script>document.title='pwned';window.__pwned='script'</script>\n"
    "<img src=x onerror=\"window.__pwned='img';document.title='pwned'\">\n"
    "<a href=\"javascript:window.__pwned='href'\">portfolio</a> javascript:window.__pwned='text'\n"
    "<!-- </script><svg onload=\"window.__pwned='svg'\"> -->\n"
)
HOSTILE_FILE = "</script><script>window.__pwned='file'</script><!--.txt"
RESUME = """Ingrid Valdés-Moreau
ingrid.vm@example.com | (555) 010-4412 | Lyon, FR

Summary
IT project manager; PMP certified. {payloads}
Professional Experience
IT Project Manager
Rhône Cloud Services | Lyon, FR | Jan 2017 – Present
- Delivered cloud migration and system integration projects with Agile and Scrum.
- Managed budgeting, vendor management and risk management; reported to executives.
- Planned work in Jira and MS Project.

Education
M.S. Computer Science, 2016

Certifications
- PMP, 2018
"""
SECOND = """Arjun Festus
arjun.festus@example.com

Experience
Project Coordinator
Kestrel Apps | Mar 2023 – Present
- Tracked tasks in Trello with a Kanban board.
"""
THIRD = """Beatrix Solano
Experience
IT Project Manager
Quarry Systems | Jan 2019 – Present
- Ran Scrum and Waterfall projects; kept plans in Smartsheet; managed vendor management and risk.

Certifications
- Certified ScrumMaster (CSM)
"""


@pytest.fixture(scope="module")
def results(screener, tmp_path_factory) -> list[Result]:
    folder = tmp_path_factory.mktemp("inbox")
    text = RESUME.format(payloads=PAYLOADS)
    hostile = screener.screen_document(
        Document(text=text, format="txt", hidden_text="<b>white text</b> " + PAYLOADS),
        name="ingrid.txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )
    out = [hostile]
    for name, body in (("arjun.txt", SECOND), (HOSTILE_FILE, THIRD), ("zero.txt", "")):
        path = folder / f"file{len(out)}.txt"
        path.write_text(body, encoding="utf-8")
        out.append(screener.screen_file(path, name=name))
    return out


@pytest.fixture(scope="module")
def report(results, tmp_path_factory) -> Path:
    return write_html(results, tmp_path_factory.mktemp("report"), ROLE_KEYS)[0]


class _Tags(HTMLParser):
    """Collects every start tag with its attributes, and the text inside <script> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in = tag
            self._attrs = dict(attrs)

    def handle_endtag(self, tag):
        self._in = None if tag == self._in else self._in

    def handle_data(self, data):
        if self._in == "script":
            self.scripts.append((self._attrs, data))
        elif self._in == "style":
            self.styles.append(data)


def _parse(path: Path) -> _Tags:
    tags = _Tags()
    tags.feed(path.read_text(encoding="utf-8"))
    return tags


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_fixture_scored_the_hostile_resume(results):
    assert [r.status for r in results] == ["ok", "ok", "ok", "empty"]
    assert "<script>" in results[0].document.text
    assert results[0].profile.certifications


def test_csp_is_strict_and_allows_exactly_our_script_and_style(report):
    tags = _parse(report)
    metas = [a for t, a in tags.tags if t == "meta" and a.get("http-equiv")]
    assert len(metas) == 1 and metas[0]["http-equiv"] == "Content-Security-Policy"
    policy = dict(
        (d.split()[0], d.split()[1:]) for d in metas[0]["content"].split(";") if d.strip()
    )
    assert policy["default-src"] == ["'none'"]
    code = [text for attrs, text in tags.scripts if "type" not in attrs]
    assert len(code) == 1 and policy["script-src"] == [_hash(code[0])]
    assert len(tags.styles) == 1 and policy["style-src"] == [_hash(tags.styles[0])]
    assert policy.get("img-src", ["data:"]) == ["data:"]
    assert "'unsafe-inline'" not in metas[0]["content"]


def test_report_is_self_contained(report):
    tags = _parse(report)
    for tag, attrs in tags.tags:
        assert not any(k.startswith("on") for k in attrs), tag
        assert "style" not in attrs, tag  # CSP would refuse inline style attributes
        for key in ("src", "href", "action", "srcset", "data", "xlink:href"):
            value = (attrs.get(key) or "").strip().lower()
            assert not value or value.startswith(("#", "data:")), (tag, key, value)
    assert not [t for t, _ in tags.tags if t in ("img", "iframe", "object", "embed", "form")]


def test_resume_text_and_file_names_are_escaped(report, results):
    html = report.read_text(encoding="utf-8")
    assert "<script>document.title" not in html
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=" in html
    assert "</script><script>window.__pwned='file'" not in html
    assert html.count("<script") == 2  # the JSON block and our script
    assert '<del class="hidden-text">&lt;b&gt;white text&lt;/b&gt;' in html


def test_json_block_cannot_end_the_script_and_round_trips(report):
    tags = _parse(report)
    blocks = [text for attrs, text in tags.scripts if attrs.get("type") == "application/json"]
    assert len(blocks) == 1 and "</" not in blocks[0] and "<!--" not in blocks[0]
    data = json.loads(blocks[0])
    assert data["roles"] == list(ROLE_KEYS)
    assert any(HOSTILE_FILE in label for label in data["candidates"].values())
    assert json.loads(json_for_html({"x": "</script><!--\u2028&"})) == {"x": "</script><!--\u2028&"}


def test_matched_entities_are_marked_at_their_offsets(report, results):
    html = report.read_text(encoding="utf-8")
    r = results[0]
    skill = next(s for s in r.profile.skills if s.evidence)
    e = skill.evidence[0]
    assert r.document.text[e.start : e.end] == e.text
    mark = re.search(
        r'<mark class="entity ent-skill" title="[^"]*">([^<]*)<span class="entity-label">', html
    )
    assert mark is not None
    cert = r.profile.certifications[0].evidence[0]
    assert f'>{cert.text}<span class="entity-label">cert</span></mark>' in html


# ---- in a real browser -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip("Chromium not installed: apt-get install chromium chromium-driver")
    webdriver = pytest.importorskip("selenium.webdriver", reason="pip install selenium")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=1280,900",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture()
def page(browser, report):
    browser.get("about:blank")
    browser.get_log("browser")
    browser.get_log("performance")  # drop what the start page loaded
    browser.get(report.as_uri())
    return browser


def _requests(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _column(driver, table: str, index: int) -> list[str]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0] + ' tbody tr'))"
        ".filter(r => !r.hidden).map(r => r.cells[arguments[1]].dataset.value"
        " ?? r.cells[arguments[1]].textContent)",
        table,
        index,
    )


def test_no_payload_runs_no_csp_error_no_network(page, report):
    from selenium.webdriver.common.by import By

    assert page.title == TITLE
    assert page.execute_script("return window.__pwned === undefined")
    # Our script ran (the status line is written by it once a candidate is opened).
    page.find_element(By.CSS_SELECTOR, "#rank-0 tbody tr a").click()
    assert page.find_element(By.ID, "viewing").text.startswith("Viewing: ")
    assert page.title == TITLE and page.execute_script("return window.__pwned === undefined")
    assert (
        page.find_elements(By.CSS_SELECTOR, "img, iframe, [onerror], a[href^='javascript']") == []
    )
    resume = page.find_element(By.CSS_SELECTOR, "article.candidate:target .resume").text
    assert "<script>document.title='pwned'" in resume  # shown as text, not run
    assert page.get_log("browser") == []  # no CSP violation, no script error
    urls = _requests(page)
    assert urls and all(u.split("#")[0] == report.as_uri() or u.startswith("data:") for u in urls)


def test_sorting_a_column_reorders_the_ranking(page):
    from selenium.webdriver.common.by import By

    scores = [float(v) for v in _column(page, "#rank-0", 3)]
    assert scores == sorted(scores, reverse=True) and len(scores) == 3
    score_button = page.find_element(By.CSS_SELECTOR, "#rank-0 thead th:nth-child(4) button")
    score_button.click()
    assert [float(v) for v in _column(page, "#rank-0", 3)] == sorted(scores)
    assert score_button.find_element(By.XPATH, "..").get_attribute("aria-sort") == "ascending"
    score_button.click()
    assert [float(v) for v in _column(page, "#rank-0", 3)] == sorted(scores, reverse=True)
    page.find_element(By.CSS_SELECTOR, "#rank-0 thead th:nth-child(3) button").click()
    files = _column(page, "#rank-0", 2)
    assert files == sorted(files, key=str.lower)


def test_filter_box_narrows_the_ranking(page):
    from selenium.webdriver.common.by import By

    box = page.find_element(By.CSS_SELECTOR, "#role-0 input.filter")
    box.send_keys("arjun")
    assert _column(page, "#rank-0", 2) == ["arjun.txt"]
    assert page.find_element(By.ID, "count-0").text == "1 of 3 shown"
    box.clear()
    box.send_keys(" ")  # an input event with an empty query shows every row again
    assert len(_column(page, "#rank-0", 2)) == 3


def test_opening_a_candidate_shows_the_breakdown_and_a_screenshot(page, results, tmp_path):
    from selenium.webdriver.common.by import By

    articles = page.find_elements(By.CSS_SELECTOR, "article.candidate")
    assert articles and not any(a.is_displayed() for a in articles)
    page.find_element(By.CSS_SELECTOR, "#rank-0 tbody tr:first-child a").click()
    article = page.find_element(By.CSS_SELECTOR, "article.candidate:target")
    assert article.is_displayed()
    breakdown = article.find_element(By.CSS_SELECTOR, "details.breakdown[open] table.criteria")
    assert breakdown.is_displayed()
    assert "ingrid.txt" in article.find_element(By.TAG_NAME, "h2").text  # the top scorer
    rows = breakdown.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) == len(results[0].scores[ROLE_KEYS[0]].criteria)
    assert "line " in rows[0].text  # the job-description source line
    marks = article.find_elements(By.CSS_SELECTOR, ".resume mark.entity")
    assert marks and all(m.is_displayed() for m in marks[:3])
    hidden = article.find_element(By.CSS_SELECTOR, "del.hidden-text")
    assert hidden.is_displayed() and "line-through" in hidden.value_of_css_property(
        "text-decoration"
    )
    shot = tmp_path / "candidate.png"
    assert page.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000


def test_errors_are_listed(page):
    from selenium.webdriver.common.by import By

    rows = page.find_elements(By.CSS_SELECTOR, "#errors tbody tr")
    assert [r.find_elements(By.TAG_NAME, "td")[1].text for r in rows] == ["empty"]
