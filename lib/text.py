"""Per-row text features computed once at import: question posts and substantive comments, per language.

This module is the one home of the rules behind ``Posts.is_question`` and ``Comments.is_substantive`` and of the
generic-phrase lists (English, Italian, Spanish, French, German, Portuguese, Polish, Swedish, Dutch).

A comment is *substantive* (KPIS.md ``substantive_comment_share``) when, after removing URLs, @mentions,
#hashtags and emoji, it has at least 4 words made of letters, and it is not only generic talk: at least one of
its words is outside the generic vocabulary (the words of the generic phrases such as "great post", "grazie
mille", "dzięki" plus short filler words such as "so", "very", "molto", "the"). Emoji-only and mention-only
comments have no words and are never substantive. Apostrophes and hyphens split words ("l'amore" = 2 words).

Everything runs as pyarrow compute kernels; each distinct token is classified once, and repeated texts are
computed once.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

#: Languages with generic-phrase lists (ISO 639-1); language detection is restricted to these.
LANGUAGES: tuple[str, ...] = ("en", "it", "es", "fr", "de", "pt", "pl", "sv", "nl")

#: Generic phrases per language: comments made only of these words (and fillers) say nothing specific.
GENERIC_PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("great post", "great", "nice", "nice one", "nice post", "love it", "love this", "love", "wow", "cool",
           "awesome", "amazing", "beautiful", "super", "thanks", "thank you", "thank you so much", "thx", "ty",
           "congrats", "congratulations", "well done", "good job", "great job", "great work", "so good", "yummy",
           "yum", "lovely", "perfect", "fantastic", "excellent", "brilliant", "omg", "lol", "yes", "yeah", "wonderful",
           "best", "great content", "keep it up", "keep going", "so cute", "cute", "gorgeous", "looks good",
           "looks great", "looks delicious", "delicious", "first", "agreed", "same", "true", "so true", "hi", "hello",
           "hey", "ok", "okay", "good", "bravo"),
    "it": ("bravi", "bravo", "brava", "bravissimi", "bravissimo", "bravissima", "grazie", "grazie mille",
           "bellissimo", "bellissima", "bellissimi", "bello", "bella", "belle", "che bello", "che bella", "stupendo",
           "stupenda", "fantastico", "fantastica", "complimenti", "ottimo", "ottima", "buonissimo", "buonissima",
           "buonissimi", "buono", "buona", "top", "evviva", "mitici", "mitico", "splendido", "splendida", "meraviglia",
           "meraviglioso", "meravigliosa", "wow", "super", "ciao", "che spettacolo", "spettacolo", "spettacolare",
           "favoloso", "favolosa", "adoro", "che buono", "che buona", "sempre il top", "auguri", "daje", "grande",
           "grandi", "perfetto", "perfetta", "si", "sì", "vero", "verissimo", "delizioso", "deliziosa", "gnam"),
    "es": ("genial", "gracias", "muchas gracias", "me encanta", "qué bonito", "que bonito", "precioso", "preciosa",
           "bonito", "bonita", "increíble", "increible", "buenísimo", "buenisimo", "felicidades", "enhorabuena",
           "guapo", "guapa", "maravilloso", "maravillosa", "excelente", "muy bien", "bravo", "olé", "ole", "hola",
           "qué rico", "que rico", "rico", "delicioso", "deliciosa", "sí", "top", "súper"),
    "fr": ("merci", "merci beaucoup", "génial", "genial", "magnifique", "trop bien", "super", "bravo", "j'adore",
           "adore", "top", "excellent", "superbe", "félicitations", "felicitations", "trop beau", "trop bon",
           "délicieux", "delicieux", "miam", "joli", "jolie", "belle", "beau", "parfait", "incroyable", "coucou",
           "bonjour", "oui", "trop mignon", "mignon"),
    "de": ("danke", "danke schön", "danke schon", "vielen dank", "toll", "super", "klasse", "wunderschön",
           "wunderschon", "schön", "schon", "mega", "geil", "cool", "prima", "spitze", "lecker", "sehr lecker",
           "herzlichen glückwunsch", "glückwunsch", "gratuliere", "wow", "hammer", "genial", "perfekt", "hallo",
           "ja", "stark", "sehr gut", "gut gemacht"),
    "pt": ("obrigado", "obrigada", "muito obrigado", "muito obrigada", "lindo", "linda", "maravilhoso",
           "maravilhosa", "parabéns", "parabens", "top", "show", "amei", "adorei", "perfeito", "perfeita",
           "incrível", "incrivel", "demais", "delícia", "delicia", "que lindo", "que linda", "sim", "olá", "ola",
           "muito bom", "muito boa", "bom", "boa"),
    "pl": ("brawo", "dzięki", "dzieki", "dziękuję", "dziekuje", "dziękujemy", "super", "świetnie", "swietnie",
           "pięknie", "pieknie", "piękne", "piekne", "piękny", "ekstra", "wow", "gratulacje", "cudowne", "cudowny",
           "fajnie", "fajne", "fajny", "extra", "mniam", "pycha", "rewelacja", "sztos", "tak", "cześć", "czesc",
           "bardzo dobre", "zajebiste", "ładne", "ladne", "śliczne", "sliczne"),
    "sv": ("tack", "tack så mycket", "grattis", "snyggt", "fint", "härligt", "underbart", "toppen", "bra",
           "jättebra", "mums", "ja", "hej", "wow", "super"),
    "nl": ("dank je", "dank je wel", "bedankt", "mooi", "prachtig", "super", "top", "gefeliciteerd", "lekker",
           "geweldig", "leuk", "ja", "hoi", "wow", "goed zo", "toppie"),
}

#: Filler words per language that add nothing on their own (articles, pronouns, intensifiers, greetings).
FILLERS: dict[str, tuple[str, ...]] = {
    "en": ("a", "an", "the", "so", "very", "much", "really", "too", "this", "that", "it", "is", "i", "you", "we",
           "all", "guys", "such", "what", "just", "and", "for", "to", "of", "my", "your", "our", "again", "always",
           "one", "s", "t", "oh", "ah", "haha", "hahaha", "xx", "xoxo", "post", "pic", "photo", "picture", "video",
           "job", "work", "me", "absolutely", "totally", "sooo", "soo", "most", "ever", "look", "looks", "it's"),
    "it": ("molto", "tanto", "troppo", "tutti", "tutto", "che", "il", "lo", "la", "i", "gli", "le", "un", "uno",
           "una", "e", "è", "per", "di", "a", "ragazzi", "davvero", "proprio", "sempre", "come", "sei", "siete",
           "mille", "foto", "post", "video", "l", "questo", "questa", "voi", "ti", "vi", "ahah", "ahahah", "mi",
           "veramente", "cara", "caro", "cari", "amici", "amico", "lavoro"),
    "es": ("muy", "mucho", "muchas", "tan", "el", "la", "los", "las", "un", "una", "y", "es", "que", "qué", "de",
           "para", "todo", "todos", "siempre", "foto", "chicos", "jaja", "jajaja", "me", "te", "os", "lo", "trabajo"),
    "fr": ("très", "tres", "trop", "le", "la", "les", "un", "une", "et", "c", "est", "que", "de", "pour", "vous",
           "tout", "tous", "toujours", "photo", "j", "d", "l", "ça", "ca", "haha", "vraiment", "travail"),
    "de": ("sehr", "so", "echt", "der", "die", "das", "ein", "eine", "und", "ist", "für", "fur", "euch", "dir",
           "ihr", "alle", "immer", "foto", "bild", "wirklich", "richtig", "haha", "arbeit"),
    "pt": ("muito", "muita", "tão", "tao", "o", "a", "os", "as", "um", "uma", "e", "é", "que", "de", "para",
           "vocês", "voces", "todos", "sempre", "foto", "kkk", "kkkk", "rs", "trabalho"),
    "pl": ("bardzo", "tak", "to", "jest", "i", "a", "za", "dla", "was", "wam", "ci", "wszystkim", "zawsze",
           "zdjęcie", "zdjecie", "naprawdę", "naprawde", "super", "haha", "praca"),
    "sv": ("så", "sa", "mycket", "väldigt", "och", "det", "är", "en", "ett", "för", "er", "alla", "alltid", "bild"),
    "nl": ("heel", "erg", "zo", "de", "het", "een", "en", "is", "voor", "jullie", "allemaal", "altijd", "foto", "wel"),
}

#: The generic vocabulary: every word of every generic phrase and every filler, lowercase.
GENERIC_WORDS: frozenset[str] = frozenset(
    w for table in (GENERIC_PHRASES, FILLERS) for items in table.values() for item in items
    for w in item.replace("'", " ").split()
)

MIN_WORDS = 4

# URLs, @mentions and #hashtags up to the next space; emoji and pictographs; apostrophes and hyphens (split words).
_URL = r"(?:https?://|www\.)\S+"
_STRIP = (_URL + r"|[@#]\S+"
          r"|[\x{1F000}-\x{1FAFF}\x{2600}-\x{27BF}\x{2B00}-\x{2BFF}\x{FE00}-\x{FE0F}\x{200D}\x{20E3}\x{E0020}-\x{E007F}]"
          r"|['’`´\-‐–—_/\\]")
# punctuation that may cling to a word ("bread," "(sunday)" "¡hola!")
_PUNCT = ".,;:!?¡¿\"“”„«»‚‘()[]{}…*~^|<>=+&%$€£°•·"


_GENERIC_SET = pa.array(sorted(GENERIC_WORDS), type=pa.string())
_CHUNK_ROWS = 50_000  # rows per compute chunk: caps the memory of the token arrays
_SAMPLE_ROWS = 20_000  # rows sampled to decide whether repeated texts are worth computing once
_REPEATED = 0.7  # compute per distinct text when the sample's share of distinct texts is below this


def _as_arrow(text: pd.Series) -> pa.Array | pa.ChunkedArray:
    if isinstance(text.dtype, pd.StringDtype) and text.dtype.storage == "pyarrow":
        return pa.array(text, from_pandas=True)
    values = text.astype("str").to_numpy(dtype=object, na_value=None)
    return pa.array(values, type=pa.large_string(), from_pandas=True)


def _chunk_stats(arr: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """``word_stats`` of one contiguous array: split into tokens, classify each distinct token once."""
    clean = pc.replace_substring_regex(pc.utf8_lower(arr), _STRIP, " ")
    tokens = pc.utf8_split_whitespace(clean)
    del clean
    offsets = tokens.offsets.to_numpy()
    offsets = offsets - offsets[0]
    flat = pc.dictionary_encode(pc.list_flatten(tokens))
    del tokens
    vocab = pc.utf8_trim(flat.dictionary, characters=_PUNCT)
    is_word = pc.fill_null(pc.utf8_is_alpha(vocab), False).to_numpy(zero_copy_only=False)
    generic = pc.fill_null(pc.is_in(vocab, value_set=_GENERIC_SET), False).to_numpy(zero_copy_only=False)
    kind = is_word.astype(np.int8) + (is_word & ~generic)  # 0 not a word, 1 generic word, 2 content word
    per_token = kind[flat.indices.to_numpy()]
    del flat
    words = np.concatenate(([0], np.cumsum(per_token > 0, dtype=np.int64)))
    words = words[offsets[1:]] - words[offsets[:-1]]
    content = np.concatenate(([0], np.cumsum(per_token == 2, dtype=np.int64)))
    return words, content[offsets[1:]] - content[offsets[:-1]]


def _stats(arr: pa.ChunkedArray) -> tuple[np.ndarray, np.ndarray]:
    """``word_stats`` in slices of ``_CHUNK_ROWS`` rows (two threads when there are several)."""
    starts = range(0, len(arr), _CHUNK_ROWS)
    if len(starts) == 1:
        return _chunk_stats(arr.combine_chunks())
    with ThreadPoolExecutor(max_workers=2) as pool:  # pyarrow kernels release the GIL
        done = list(pool.map(lambda i: _chunk_stats(arr.slice(i, _CHUNK_ROWS).combine_chunks()), starts))
    return np.concatenate([w for w, _ in done]), np.concatenate([c for _, c in done])


def _distinct_in_sample(arr: pa.ChunkedArray) -> int:
    """Distinct texts among ``_SAMPLE_ROWS`` evenly spaced rows (taken chunk by chunk: a take on the whole
    chunked array would first concatenate it)."""
    rows = np.linspace(0, len(arr) - 1, _SAMPLE_ROWS).astype(np.int64)
    bounds = np.cumsum([0] + [len(c) for c in arr.chunks])
    which = np.searchsorted(bounds, rows, side="right") - 1
    parts = [arr.chunk(i).take(rows[which == i] - bounds[i]) for i in np.unique(which)]
    return len(pc.unique(pa.chunked_array(parts, type=arr.type)))


def word_stats(text: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Per row: the number of words made of letters, and how many of them are outside the generic vocabulary.

    Texts that repeat (short praise, emoji, copy-pasted replies) are computed once per distinct text when a
    sample shows many repeats; long columns are processed in slices to cap memory.

    >>> words, content = word_stats(pd.Series(["Great post!! 😍 @anna", "Siete aperti la domenica? http://x.it"]))
    >>> words.tolist(), content.tolist()
    ([2, 4], [0, 2])
    """
    n = len(text)
    if n == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    arr = _as_arrow(text)
    if isinstance(arr, pa.Array):
        arr = pa.chunked_array([arr])
    if n > _SAMPLE_ROWS and _distinct_in_sample(arr) < _REPEATED * _SAMPLE_ROWS:
        enc = pc.dictionary_encode(arr)  # the chunks share one dictionary
        distinct = enc.chunk(0).dictionary
        if not len(distinct):  # no text at all
            return np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
        words, content = _stats(pa.chunked_array([distinct]))
        codes = pc.fill_null(pa.chunked_array([c.indices for c in enc.chunks]), len(distinct)).to_numpy()
        return np.append(words, 0)[codes], np.append(content, 0)[codes]  # rows without text: 0 words
    return _stats(arr)


def is_substantive(text: pd.Series) -> pd.Series:
    """True where a comment says something (KPIS.md ``substantive_comment_share``), <NA> where there is no text.

    >>> is_substantive(pd.Series(["wow 😍😍", "Grazie mille a tutti voi ragazzi!", "Do you deliver to Milan on Sundays?", None])).tolist()
    [False, False, True, <NA>]
    """
    words, content = word_stats(text)
    values = (words >= MIN_WORDS) & (content > 0)
    return pd.Series(pd.arrays.BooleanArray(values, text.isna().to_numpy()), index=text.index)


def is_question(text: pd.Series) -> pd.Series:
    """True where a post's text asks a question (contains ``?`` or ``¿`` outside URLs), <NA> where there is no text.

    URLs are removed first with the pattern of ``is_substantive`` (a ``?`` of a query string is no question); only
    the texts that contain a question mark are searched again without their URLs.

    >>> is_question(pd.Series(["Which bread?", "¿Pan o pizza", "Fresh bread", "New menu https://x.com/?a=1", None])).tolist()
    [True, True, False, False, <NA>]
    """
    if len(text) == 0:
        return pd.Series([], index=text.index, dtype="boolean")
    arr = _as_arrow(text)
    hit = pc.fill_null(pc.match_substring(arr, "?"), False)
    hit = pc.or_(hit, pc.fill_null(pc.match_substring(arr, "¿"), False)).to_numpy(zero_copy_only=False)
    rows = np.flatnonzero(hit)
    if rows.size:
        some = pc.take(arr, pa.array(rows))
        with_url = pc.match_substring_regex(some, _URL).to_numpy(zero_copy_only=False)
        if with_url.any():
            check = rows[with_url]
            bare = pc.replace_substring_regex(pc.take(arr, pa.array(check)), _URL, " ")
            hit[check] = pc.match_substring_regex(bare, "[?¿]").to_numpy(zero_copy_only=False)
    return pd.Series(pd.arrays.BooleanArray(hit, text.isna().to_numpy()), index=text.index)
