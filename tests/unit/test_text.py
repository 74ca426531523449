"""Substantive-comment and question rules of lib.text, per language."""

from __future__ import annotations

import pandas as pd
import pytest

from lib import text

# (comment, substantive?) per language: generic praise in every language is not substantive, even when long
CASES = {
    "en": [("Great post!", False), ("Thank you so much, love it!!", False), ("wow wow wow wow", False),
           ("Do you have gluten free bread on Saturdays?", True), ("The croissant was dry this morning", True)],
    "it": [("Bravi!", False), ("Grazie mille a tutti voi ragazzi", False), ("Che bello, bellissimo davvero complimenti", False),
           ("Siete aperti anche la domenica mattina?", True), ("Il pane di ieri era ancora morbido", True)],
    "es": [("¡Me encanta!", False), ("Muchas gracias, qué bonito todo", False),
           ("¿Hacéis envíos a España con la colomba?", True)],
    "fr": [("Merci beaucoup, trop bien!", False), ("Bravo, c'est magnifique vraiment", False),
           ("Est-ce que vous avez des produits sans gluten?", True)],
    "de": [("Danke schön, sehr lecker!", False), ("Toll, wirklich super klasse", False),
           ("Habt ihr auch Vollkornbrot ohne Zucker im Angebot?", True)],
    "pt": [("Muito obrigado, lindo demais", False), ("Parabéns, que lindo, amei", False),
           ("Vocês entregam em Lisboa no fim de semana?", True)],
    "pl": [("Brawo! Dzięki, super, pięknie", False), ("Dziękuję bardzo, pycha", False),
           ("Czy macie chleb bez glutenu w sobotę?", True)],
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_substantive_per_language(lang):
    texts = pd.Series([t for t, _ in CASES[lang]], dtype="str")
    assert text.is_substantive(texts).tolist() == [want for _, want in CASES[lang]]
    assert lang in text.GENERIC_PHRASES and lang in text.FILLERS and lang in text.LANGUAGES


def test_stripping_urls_mentions_hashtags_emoji():
    s = pd.Series([
        "😍😍😍🔥🔥",  # emoji only
        "@anna @marco @luca @sara",  # mentions only
        "#bread #focaccia #bakery #milano #food",  # hashtags only
        "https://example.com/a/b www.example.org look",  # links and one word
        "@anna we should try their new focaccia😍 tomorrow",  # emoji glued to a word is removed
        "Order 2 trays for 10 people",  # numbers are not words: order, trays, for, people = 4
        None,
    ], dtype="str")
    assert text.is_substantive(s).tolist() == [False, False, False, False, True, True, pd.NA]
    words, content = text.word_stats(s)
    assert words.tolist()[:6] == [0, 0, 0, 1, 7, 4]  # we should try their new focaccia tomorrow


def test_three_words_are_not_enough():
    s = pd.Series(["Where is Milan", "Where is the shop in Milan"], dtype="str")
    assert text.is_substantive(s).tolist() == [False, True]


def test_works_on_object_and_python_strings():
    s = pd.Series(["Do you deliver on Sunday morning?", "super"], dtype=object)
    assert text.is_substantive(s).tolist() == [True, False]
    assert text.is_substantive(s.astype(pd.StringDtype("python"))).tolist() == [True, False]
    assert text.is_substantive(pd.Series([], dtype="str")).tolist() == []


def test_questions():
    s = pd.Series(["Which bread?", "¿Pan o pizza", "Fresh bread", "", None], dtype="str")
    assert text.is_question(s).tolist() == [True, True, False, False, pd.NA]


def test_question_marks_inside_urls_are_no_questions():
    s = pd.Series(["New menu: https://x.com/?a=1", "Book now www.forno.it/book?utm_source=ig&utm_medium=social",
                   "Which one? https://x.com/?a=1", "https://x.com/?a=1 ¿Pan o pizza", "http://a.it/? 50% off",
                   "Open Sunday"], dtype="str")
    assert text.is_question(s).tolist() == [False, False, True, True, False, False]
    assert text.is_question(s.astype(object)).tolist() == [False, False, True, True, False, False]
