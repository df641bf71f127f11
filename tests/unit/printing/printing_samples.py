"""Sample visits for the printing tests: a 転入 family of four, built from real types.

The plan is built by hand (not by the engine) so these tests pin the renderer's
behaviour independently of the navigation rules.
"""

from __future__ import annotations

from datetime import date

from forms.catalog import load_catalog
from kiosk.domain.resident import Sex
from kiosk.i18n import Text
from kiosk.navigation.plan import CounterStop, Department, Plan, PlannedProcedure
from kiosk.navigation.scenario import Address, Person, Scenario
from printing.context import VisitInfo

CATALOG = load_catalog()  # the bundled one: the town and the events' paper titles
VISIT = VisitInfo(id="v7f3a9c2e", ticket="A-042", date=date(2026, 4, 6))
FAMILY = ("self", "m1", "m2", "m3")
MY_NUMBERS = {"self": "123456789018", "m1": "983205673214"}


def family_scenario(**changes: object) -> Scenario:
    resident = Person("self", "髙﨑　太郎", "たかさき　たろう", date(1985, 6, 15), Sex.MALE, "世帯主")
    household = (
        Person("m1", "髙﨑　花子", "ﾀｶｻｷ ﾊﾅｺ", date(1987, 2, 3), Sex.FEMALE, "妻"),
        Person("m2", "髙﨑　一郎", "タカサキ　イチロウ", date(2016, 9, 1), Sex.MALE, "子"),
        Person("m3", "髙﨑　さくら", "タカサキ　サクラ", date(2019, 5, 1), Sex.FEMALE, "子"),
    )
    values: dict[str, object] = {
        "event": "IN",
        "event_date": date(2026, 4, 1),
        "resident": resident,
        "household": household,
        "answers": {"kokuho": True},
        "new_address": Address("大字関町", "１２３番地４", "関町ハイツ２０１号", "861-0803"),
        "current_address": "福岡県福岡市中央区天神一丁目１番１号",
    }
    values.update(changes)
    return Scenario(**values)  # type: ignore[arg-type]


HOUSEHOLD_FORMS = {"jumin_ido", "setainushi_henko", "koseki_todoke", "kokuho_shutoku",
                   "kokuho_soshitsu", "jido_teate", "kodomo_iryo", "hitorioya"}


def make_proc(pid: str, title: str, dept: str, forms: tuple[str, ...],
              members: tuple[str, ...] = FAMILY, docs: tuple[str, ...] = ()) -> PlannedProcedure:
    """A planned procedure; household forms list every member on one copy (as the catalog)."""
    scope = "household" if set(forms) & HOUSEHOLD_FORMS else "member"
    return PlannedProcedure(
        id=pid, title=Text(title, pid), department_id=dept, form_ids=forms,
        documents=tuple(Text(d) for d in docs), fee=Text("無料", "free"),
        deadline=Text("異動日から14日以内"), checklist=(), member_ids=members,
        form_scope=scope,
    )


def make_dept(did: str, name: str, counter: str, order: int) -> Department:
    return Department(did, Text(name, did), Text(counter, counter), order)


def tennyu_plan() -> Plan:
    """A 転入 for a 国保 family of four with two children (one at school)."""
    return Plan(
        event_id="IN",
        event_date=date(2026, 4, 1),
        stops=(
            CounterStop(make_dept("JUMIN", "住民課", "1番窓口", 1), (
                make_proc("jumin_ido", "転入届", "JUMIN", ("jumin_ido",),
                      docs=("転出証明書", "本人確認書類")),
                make_proc("mnc", "マイナンバーカード継続利用", "JUMIN", ("mynumber_card",),
                      members=("self", "m1"), docs=("マイナンバーカード（暗証番号）",)),
            )),
            CounterStop(make_dept("HOKEN", "住民課 保険年金係", "2番窓口", 2), (
                make_proc("kokuho", "国民健康保険 加入", "HOKEN", ("kokuho_shutoku",)),
            )),
            CounterStop(make_dept("KOSO", "子育て支援係", "3番窓口", 3), (
                make_proc("jido", "児童手当 認定請求", "KOSO", ("jido_teate",),
                      docs=("請求者名義の通帳",)),
                make_proc("iryo", "子ども医療費 受給資格登録", "KOSO", ("kodomo_iryo",),
                      members=("m2", "m3")),
            )),
            CounterStop(make_dept("KYOIKU", "教育委員会 学校教育係", "5番窓口", 5), (
                make_proc("tengaku", "転入学", "KYOIKU", ("tennyugaku",), members=("m2",),
                      docs=("在学証明書", "教科用図書給与証明書")),
            )),
        ),
    )


EIGHT = ("self", "wife", "father", "mother", "son", "son_wife", "grandson", "granddaughter")


def household8_scenario() -> Scenario:
    """A three-generation household of eight moving in: more movers than the 住民異動届's
    five rows, so the rest go on a 別紙."""
    people = (
        ("wife", "宮尾　由美", "ミヤオ　ユミ", date(1970, 8, 19), Sex.FEMALE, "妻"),
        ("father", "宮尾　徳三", "ミヤオ　トクゾウ", date(1940, 1, 10), Sex.MALE, "父"),
        ("mother", "宮尾　キヨ", "ミヤオ　キヨ", date(1943, 12, 24), Sex.FEMALE, "母"),
        ("son", "宮尾　翔太", "ミヤオ　ショウタ", date(1995, 6, 30), Sex.MALE, "子"),
        ("son_wife", "宮尾　彩", "ミヤオ　アヤ", date(1996, 2, 11), Sex.FEMALE, "子の妻"),
        ("grandson", "宮尾　蓮", "ミヤオ　レン", date(2019, 9, 9), Sex.MALE, "孫"),
        ("granddaughter", "宮尾　結衣", "ミヤオ　ユイ", date(2022, 4, 15), Sex.FEMALE, "孫"),
    )
    return family_scenario(
        resident=Person("self", "宮尾　健一", "ミヤオ　ケンイチ", date(1968, 3, 2), Sex.MALE,
                        "世帯主"),
        household=tuple(Person(*p) for p in people),
        answers={"has_mnc": True, "has_mnc@grandson": False, "has_mnc@granddaughter": False},
        new_address=Address("宮尾", "9", "", "861-0834"),
        current_address="福岡県大牟田市不知火町1丁目5番地",
    )


def household8_plan() -> Plan:
    """Only the 住民異動届, listing all eight movers on one copy."""
    return Plan(
        event_id="IN",
        event_date=date(2026, 4, 1),
        stops=(CounterStop(make_dept("JUMIN", "住民課", "1番窓口", 1), (
            make_proc("jumin_ido", "転入届", "JUMIN", ("jumin_ido",), members=EIGHT,
                      docs=("転出証明書",)),
        )),),
    )
