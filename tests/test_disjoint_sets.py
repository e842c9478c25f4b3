"""Union-find: removing a renamed key keeps the sets that ran through it."""

from counterpoint.disjoint_sets import DisjointSets


def test_discarding_a_root_keeps_its_members_together():
    sets = DisjointSets(["a", "b", "c"])
    sets.union("a", "b")
    sets.union("a", "c")
    sets.discard("a")
    assert "a" not in sets
    assert sets.find("b") == sets.find("c") == "b"


def test_discarding_a_middle_key_keeps_the_path_to_the_root():
    sets = DisjointSets(["a", "b", "c", "d"])
    sets.union("c", "d")  # d -> c
    sets.union("a", "c")  # c -> a
    sets.discard("c")
    assert sets.find("d") == "a"


def test_discarding_then_joining_a_new_key():
    sets = DisjointSets([("person", "club"), ("person", "zed"), ("organization", "club")])
    sets.union(("person", "club"), ("person", "zed"))
    sets.discard(("person", "club"))
    sets.add(("place", "club"))
    sets.union(("place", "club"), ("person", "zed"))
    assert sets.find(("person", "zed")) == sets.find(("place", "club"))
    assert sets.find(("organization", "club")) == ("organization", "club")
