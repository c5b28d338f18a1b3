"""The People list in windows: every window is the same slice of the whole list, read from whichever end is nearer."""

from __future__ import annotations

from desktop.core import people


def test_every_window_is_its_slice_of_the_whole_list(db: object) -> None:
    for number in range(23):
        people.create_person({"name": f"Person {number:02d}", "company": "Acme GmbH" if number % 3 else None})
    people.create_person({"name": "Person 05"})  # a name twice: the id keeps them in order
    whole = people.list_people()
    assert [row.name for row in whole][:7] == [
        "Person 00", "Person 01", "Person 02", "Person 03", "Person 04", "Person 05", "Person 05",
    ]  # fmt: skip
    for limit in (1, 5, 7, 24, 30):
        for offset in range(0, 27):
            assert people.list_people(offset=offset, limit=limit) == whole[offset : offset + limit], (offset, limit)


def test_a_search_window_with_the_lists_count_is_its_slice_of_the_matches(db: object) -> None:
    """The People list passes the row count it already has; the windows are the same as when counting again."""
    for number in range(30):
        people.create_person({"name": f"{'Anna' if number % 2 else 'Ben'} Nr{number:02d}"})
    total = people.count_people("anna")
    matches = people.list_people("anna")
    assert total == len(matches) == 15
    assert matches[0].name == "Anna Nr01" and matches[-1].name == "Anna Nr29"
    for limit in (1, 4, 15):
        for offset in range(0, 16):
            window = people.list_people("anna", offset=offset, limit=limit, total=total)
            assert window == matches[offset : offset + limit], (offset, limit)


def test_a_window_read_from_the_keys_of_its_neighbour_is_its_slice(db: object) -> None:
    for number in range(23):
        people.create_person({"name": f"Person {number:02d}"})
    people.create_person({"name": "Person 10"})  # a name twice: the id keeps them apart
    whole = people.list_people()
    middle = people.read_window(limit=5, offset=10)
    assert middle.rows == whole[10:15]
    assert people.read_window(limit=5, after=middle.last).rows == whole[15:20]
    assert people.read_window(limit=5, before=middle.first).rows == whole[5:10]
    end = people.read_window(limit=5, offset=20)
    assert [row.name for row in end.rows] == ["Person 19", "Person 20", "Person 21", "Person 22"]
    assert people.read_window(limit=5, after=end.last).rows == []
    assert people.read_window(limit=5, before=people.read_window(limit=5).first).rows == []


def test_search_windows_follow_each_other_by_key(db: object) -> None:
    for number in range(30):
        people.create_person({"name": f"{'Anna' if number % 2 else 'Ben'} Nr{number:02d}"})
    first = people.read_window("anna", limit=6)
    second = people.read_window("anna", limit=6, after=first.last)
    assert [row.name for row in first.rows + second.rows] == [f"Anna Nr{n:02d}" for n in range(1, 24, 2)]
