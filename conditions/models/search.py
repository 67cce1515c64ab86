"""Site search over published conditions: PostgreSQL's full-text search, or SQLite's FTS5.

Both read one column, Condition.search_text, filled on every save from SEARCHED_FIELDS. The
same spelling step runs first on both, so a misspelt word ("sciatca") is searched for as the
reader typed it and as the closest title or also-known-as word ("sciatica").
"""

import difflib
import html
import re

from django.db import connection, models
from django.utils.html import strip_tags

from conditions.markdown import render

WORD = re.compile(r"[a-z0-9]+")
# Words that say nothing about a condition; PostgreSQL drops them too, so SQLite must match.
STOP_WORDS = frozenset([
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "do", "does", "for", "from", "had",
    "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "no", "not",
    "of", "on", "or", "s", "so", "than", "that", "the", "their", "then", "there", "these",
    "they", "this", "to", "was", "what", "when", "where", "which", "who", "why", "will",
    "with", "you", "your",
])
# Longer queries are refused: nobody types this much, and each word costs a search term.
MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
# How close a typed word must be to a known one to be read as a misspelling of it.
SPELLING_CUTOFF = 0.75
EXCERPT_LENGTH = 220
EXCERPT_LEAD = 60


# Between the fields in search_text, so results can find where the page text starts without
# rendering anything again: never in a field's plain text, and a word break to both databases.
FIELD_BREAK = "\f"


def plain_text(markdown):
    """What a reader reads of a Markdown field, without its markup."""
    return html.unescape(strip_tags(render(markdown or ""))).replace(FIELD_BREAK, " ").strip()


def searchable_text(values):
    """The fields' plain text, in one column for both databases' full-text search."""
    return f"\n{FIELD_BREAK}\n".join(plain_text(value) for value in values)


def words(text):
    return WORD.findall(text.lower())


def excerpt(text, terms):
    """A stretch of text around the first match, as (text, is_match) pieces: the template
    marks the matches, so nothing here is trusted as HTML."""
    alternatives = sorted({word for term in terms for word in term}, key=len, reverse=True)
    if not alternatives:
        return [(text[:EXCERPT_LENGTH], False)]
    either = "|".join(map(re.escape, alternatives))
    pattern = re.compile(rf"\b(?:{either})\w*", re.IGNORECASE)
    first = pattern.search(text)
    start = max(0, first.start() - EXCERPT_LEAD) if first else 0
    if start:
        start = text.find(" ", start) + 1 or start
    end = min(len(text), start + EXCERPT_LENGTH)
    if end < len(text):
        end = text.rfind(" ", start, end) if " " in text[start:end] else end
    window = " ".join(text[start:end].split())
    pieces = [("… ", False)] if start else []
    position = 0
    for match in pattern.finditer(window):
        if match.start() > position:
            pieces.append((window[position:match.start()], False))
        pieces.append((match.group(), True))
        position = match.end()
    pieces.append((window[position:] + (" …" if end < len(text) else ""), False))
    return [piece for piece in pieces if piece[0]]


class SearchQuerySet(models.QuerySet):
    def vocabulary(self):
        """The words of published titles and other names (the search view keeps them for each
        content version)."""
        names = self.published().values_list("title", "also_known_as")
        return sorted({word for name in names for word in words(" ".join(name))})

    def search_terms(self, query, vocabulary):
        """Each meaningful word of the query with the known word it is likely a misspelling
        of, if any: [["sciatca", "sciatica"], ["pain"]]."""
        terms = []
        for word in dict.fromkeys(words(query)):
            if word in STOP_WORDS or len(terms) == MAX_TERMS:
                continue
            term = [word]
            if len(word) >= 4 and word not in vocabulary:
                term += difflib.get_close_matches(word, vocabulary, n=2, cutoff=SPELLING_CUTOFF)
            terms.append(term)
        return terms

    def search(self, query, vocabulary):
        """Published conditions matching every word of the query, best first, each with
        an excerpt to show; misspellings are read against the vocabulary's words."""
        terms = self.search_terms(query, vocabulary)
        if not terms:
            return []
        found = self.published()
        if connection.vendor == "postgresql":
            found = found._postgres_matches(terms)
        else:
            found = found._sqlite_matches(terms)
        found = list(found.only("title", "slug", "also_known_as", "search_text"))
        for condition in found:
            # The title is the result's heading and the other names are a list, so the
            # excerpt comes from the text after them, unless only another name matched.
            page_text = " ".join(condition.search_text.split(FIELD_BREAK)[2:])
            condition.excerpt = excerpt(page_text, terms)
            if not any(is_match for _, is_match in condition.excerpt):
                other_names = excerpt(", ".join(condition.other_names), terms)
                if any(is_match for _, is_match in other_names):
                    condition.excerpt = other_names
        return found

    def _sqlite_matches(self, terms):
        # Words are only letters and digits, so quoting each one makes a safe FTS5 query.
        match = " AND ".join(
            "(" + " OR ".join(f'"{word}"*' for word in term) + ")" for term in terms
        )
        # One full-text query joined to the conditions, so bm25 runs once per match. The
        # reader's words reach SQLite only as the bound parameter.
        return self.extra(  # noqa: S610
            select={"rank": "bm25(conditions_condition_fts)"},
            tables=["conditions_condition_fts"],
            where=[
                "conditions_condition_fts MATCH %s",
                "conditions_condition_fts.rowid = conditions_condition.id",
            ],
            params=[match],
        ).order_by("rank", "order", "title")

    def _postgres_matches(self, terms):
        from django.contrib.postgres.search import (
            SearchQuery,
            SearchRank,
            SearchVector,
            TrigramSimilarity,
        )

        raw = " & ".join("(" + " | ".join(f"{word}:*" for word in term) + ")" for term in terms)
        query = SearchQuery(raw, search_type="raw", config="english")
        vector = SearchVector("search_text", config="english")
        # The words as the spelling step reads them: between pages that match equally well,
        # the one whose title is closest to them comes first.
        spelt = " ".join(term[-1] for term in terms)
        return (
            self.alias(search_vector=vector)
            .filter(search_vector=query)
            .annotate(
                rank=SearchRank(vector, query), closeness=TrigramSimilarity("title", spelt)
            )
            .order_by("-rank", "-closeness", "order", "title")
        )



# SQLite keeps its full-text index in step with the column by triggers. Django rebuilds a
# table to alter it on SQLite, which drops its triggers, so they are made again (and the index
# rebuilt) after every migrate as well as by the migration that introduced them.
SQLITE_INDEX = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS conditions_condition_fts USING fts5(search_text, "
    "content='conditions_condition', content_rowid='id', tokenize='porter unicode61')",
    "CREATE TRIGGER IF NOT EXISTS conditions_condition_fts_insert "
    "AFTER INSERT ON conditions_condition BEGIN "
    "INSERT INTO conditions_condition_fts(rowid, search_text) VALUES (new.id, new.search_text); "
    "END",
    "CREATE TRIGGER IF NOT EXISTS conditions_condition_fts_delete "
    "AFTER DELETE ON conditions_condition BEGIN "
    "INSERT INTO conditions_condition_fts(conditions_condition_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER IF NOT EXISTS conditions_condition_fts_update "
    "AFTER UPDATE ON conditions_condition BEGIN "
    "INSERT INTO conditions_condition_fts(conditions_condition_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO conditions_condition_fts(rowid, search_text) VALUES (new.id, new.search_text); "
    "END",
    "INSERT INTO conditions_condition_fts(conditions_condition_fts) VALUES ('rebuild')",
]
SQLITE_INDEX_REMOVAL = [
    "DROP TRIGGER IF EXISTS conditions_condition_fts_insert",
    "DROP TRIGGER IF EXISTS conditions_condition_fts_delete",
    "DROP TRIGGER IF EXISTS conditions_condition_fts_update",
    "DROP TABLE IF EXISTS conditions_condition_fts",
]


def create_search_index(connection):
    """The database's own search machinery: FTS5 on SQLite, pg_trgm on PostgreSQL."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for statement in SQLITE_INDEX:
                cursor.execute(statement)
        elif connection.vendor == "postgresql":
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


def remove_search_index(connection):
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            for statement in SQLITE_INDEX_REMOVAL:
                cursor.execute(statement)
