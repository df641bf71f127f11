"""Touch targets on a narrow phone (360 px), measured in the browser on every page of a 転入:
every button, text field and list is at least 44 px high; "Back" is a quiet text button set
apart below the answers (never taken for one of them); the downloads are full-width buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from browser_support import NARROW_PHONE, PHONE, WebServer, set_viewport
from wizard_walker import WizardWalker, load_scenario

MIN_TARGET_PX = 44
#: Blank space between the last control above "Back" and "Back" itself.
BACK_GAP_PX = 24

MEASURE = """
const box = e => e.getBoundingClientRect();
const shown = e => box(e).height > 0 && getComputedStyle(e).visibility !== 'hidden';
const targets = [...document.querySelectorAll(
    'main button, main input[type=text], main select, header button')].filter(shown);
const small = targets.filter(e => box(e).height < 44 - 0.5).map(e => `${e.id || e.name}: ${box(e).height}`);
const back = document.getElementById('back');
let backInfo = null;
if (back) {
  const form = back.closest('form');
  const before = [...form.querySelectorAll('button, input, select')].filter(
      e => e !== back && shown(e) && e.type !== 'hidden');
  const above = before.length ? Math.max(...before.map(e => box(e).bottom)) : null;
  const style = getComputedStyle(back);
  backInfo = {gap: above === null ? null : box(back).top - above, border: style.borderTopWidth,
              background: style.backgroundColor, height: box(back).height,
              tallest: before.length ? Math.max(...before.map(e => box(e).height)) : 0};
}
const main = document.querySelector('main');
const pad = parseFloat(getComputedStyle(main).paddingLeft) + parseFloat(getComputedStyle(main).paddingRight);
const downloads = [...document.querySelectorAll('#download-png, #download-pdf')].map(
    e => ({id: e.id, width: box(e).width, height: box(e).height, top: box(e).top, bottom: box(e).bottom}));
return {small, back: backInfo, downloads, content: main.clientWidth - pad};
"""


def test_touch_targets_on_every_page_at_360_px(browser: Callable[..., Any], web: WebServer,
                                               downloads: Any) -> None:
    problems: list[str] = []
    seen: dict[str, Any] = {}

    def measure(driver: Any) -> None:
        kind = walk.page_kind()
        set_viewport(driver, NARROW_PHONE)
        try:
            found = driver.execute_script(MEASURE)
        finally:
            set_viewport(driver, PHONE)
        seen[kind] = found
        problems.extend(f"{kind}: {item} px high" for item in found["small"])
        back = found["back"]
        if back is not None:
            if back["gap"] is not None and back["gap"] < BACK_GAP_PX:
                problems.append(f"{kind}: Back is {back['gap']} px below the control above it")
            if back["border"] != "0px" or back["background"] not in ("rgba(0, 0, 0, 0)",
                                                                      "transparent"):
                problems.append(f"{kind}: Back is drawn as a button like the others: {back}")
            if back["tallest"] and back["height"] >= back["tallest"]:
                problems.append(f"{kind}: Back is as tall as the answers: {back}")

    scenario = load_scenario("tennyu_family4.json")
    walk = WizardWalker(browser(), web.url, on_page=measure)
    walk.start("ja")
    walk.resident(scenario["resident"])
    walk.event(scenario["event"])
    walk.household(scenario["household"])
    names = {m["id"]: m["name"] for m in scenario["household"]}
    walk.questions(scenario["answers"], {**names, "self": scenario["resident"]["name"]})
    walk.new_address(scenario["new_address"])
    walk.summary()
    assert {"question", "household", "code"} <= set(seen), set(seen)
    assert problems == []
    code = seen["code"]
    png, pdf = code["downloads"]
    for button in (png, pdf):
        assert button["height"] >= MIN_TARGET_PX, button
        assert abs(button["width"] - code["content"]) <= 1, (button, code["content"])
    assert pdf["top"] - png["bottom"] >= 8, "the two downloads touch: one tap could hit both"
