"""The question screen shows the catalog's help under the question and under each answer,
offers 「わからない」 on every question, and gives each help as the accessible description."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from test_wizard_screens import Wizard, wizard  # noqa: F401  # the fixture

from kiosk.domain.answers import DONT_KNOW


def test_help_under_the_question_and_each_answer(wizard: Callable[..., Wizard]) -> None:  # noqa: F811
    w = wizard("ja")
    w.load("tennyu_family4")
    screen = w.show("questions")
    catalog = screen.visit.catalog
    question = catalog.questions[screen.step.question_id]
    assert screen.question_help.isVisible()
    assert screen.question_help.text() == question.help.get("ja")
    assert screen.question.accessibleDescription() == question.help.get("ja")
    option = question.options[0]
    button = screen.answer_buttons[f"answer_{option.id}"]
    assert button.detail.text() == option.help.get("ja")
    assert button.accessibleName() == option.label.get("ja")
    assert button.accessibleDescription() == option.help.get("ja")
    dont_know = screen.answer_buttons["answerDontKnow"]
    assert dont_know.accessibleName() == "わからない"
    assert dont_know.accessibleDescription() == catalog.dont_know.help.get("ja")


def test_every_question_offers_dont_know_and_it_is_not_asked_again(
    wizard: Callable[..., Wizard], qtbot: Any  # noqa: F811
) -> None:
    w = wizard("en")
    w.load("tennyu_family4")
    screen = w.show("questions")
    asked: list[str] = []
    with qtbot.waitSignal(screen.done, timeout=10000):
        for _ in range(60):  # bounded: a screen that never advances fails, not hangs
            if w.window.flow.current != "questions":
                break
            assert screen.step.question_id not in asked
            asked.append(screen.step.question_id)
            assert screen.answer_buttons["answerDontKnow"].title.text() == "I don't know"
            w.tap(screen.answer_buttons["answerDontKnow"])
    assert asked and all(w.session.answers[k] == DONT_KNOW for k in w.session.answers)
    plan = w.session.plan
    assert plan is not None and plan.unsure_procedures()


def test_the_summary_says_about_how_many_minutes(wizard: Callable[..., Wizard]) -> None:  # noqa: F811
    from kiosk.navigation.estimate import estimate

    w = wizard("en")
    w.load("okuyami", answers=True)
    screen = w.show("summary")
    times = estimate(w.session.plan, screen.services.navigator.catalog.kiosk_timing)
    assert times.counter_minutes > 0
    assert screen.estimate_label.isVisible()
    assert screen.estimate_label.text() == (
        f"About {times.total_minutes} min: about {times.kiosk_minutes} min here to print, "
        f"about {times.counter_minutes} min at the counters (waiting not included).")


def test_the_step_bar_follows_the_visit_and_counts_the_questions(
    wizard: Callable[..., Wizard], qtbot: Any  # noqa: F811
) -> None:
    from kiosk.ui.widgets.step_bar import STEP_COUNT

    w = wizard("ja")
    bar = w.window.step_bar
    assert not bar.isVisible()  # the welcome screen has none
    w.load("tennyu_family4")
    w.show("life_event")
    assert bar.isVisible() and bar.current == 2
    assert [label.property("current") for label in bar.labels] == [
        n == 2 for n in range(1, STEP_COUNT + 1)]
    assert bar.labels[1].text() == "② 手続きを選ぶ"
    screen = w.show("questions")
    number, total = screen.visit.progress(screen.step)
    assert bar.current == 3 and bar.labels[2].text() == f"③ 質問（{number}／約{total}）"
    w.tap(screen.answer_buttons["answerDontKnow"])
    number, total = screen.visit.progress(screen.step)
    assert bar.labels[2].text() == f"③ 質問（{number}／約{total}）" and number == 2
    assert "いまここ" in bar.labels[2].accessibleName()
    w.load("okuyami", answers=True)
    w.show("summary")
    assert bar.current == 4 and bar.labels[3].text() == "④ 確認"

    def whole_texts_shown() -> bool:  # one line each, or numbers only: nothing clipped
        return all(label.heightForWidth(label.width()) <= label.height() + 1
                   for label in bar.labels)

    qtbot.waitUntil(whole_texts_shown)  # once the window has laid the bar out
