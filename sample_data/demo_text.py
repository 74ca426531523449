"""Words and ids for the demo workspace: post and comment texts in several languages, names, platform-shaped ids.

Templates hold ``{p}`` (a product) or ``{first}`` (a first name); texts are assembled with vectorised
concatenation, one group of rows per language and kind.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

ALPHABET = np.array(list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))

PRODUCTS = {
    "it": ["la focaccia genovese", "il pane al farro", "i cornetti integrali", "la colomba", "il panettone",
           "la torta della nonna", "i biscotti al burro", "la pizza in teglia", "il pane con le noci",
           "le sfogliatelle", "i grissini stirati a mano", "la crostata di albicocche"],
    "en": ["our Genoese focaccia", "the spelt loaf", "the wholemeal cornetti", "the Easter colomba",
           "the panettone", "grandma's custard tart", "the butter biscuits", "the tray pizza",
           "the walnut bread", "the sfogliatelle", "the hand-stretched grissini", "the apricot crostata"],
}
POSTS = {
    ("it", False): [
        "Appena sfornato: {p}. Vi aspettiamo in negozio fino alle 19!",
        "Da oggi {p} si ordina anche online, con consegna il giorno dopo.",
        "Dietro le quinte alle 4 del mattino: così nasce {p}.",
        "Questa settimana in vetrina c'è {p}, fatto come lo faceva il nonno.",
        "Vi presentiamo Rosa, che da vent'anni prepara {p} con le sue mani.",
        "Lievito madre, farina macinata a pietra e tanta pazienza: ecco {p}.",
        "Sabato mattina degustazione gratuita: venite ad assaggiare {p}.",
        'Tre ingredienti, "nessun segreto", per {p}:\nfarina buona, acqua, e tempo.',
    ],
    ("it", True): [
        "Qual è il vostro preferito: {p} o il pane ai cereali?",
        "Domenica sforniamo {p}: con o senza uvetta?",
        "Che cosa vorreste trovare accanto a {p} la prossima settimana?",
        "Avete mai provato {p} appena uscito dal forno? Raccontateci!",
        "Per la festa della mamma: {p} o una torta su ordinazione?",
    ],
    ("en", False): [
        "Fresh out of the oven: {p}. The shop is open until 7 p.m.!",
        "You can now order {p} online, delivered the next morning.",
        "Behind the scenes at 4 a.m.: this is how {p} is made.",
        "This week's special is {p}, the way grandpa used to make it.",
        "Meet Rosa, who has been making {p} by hand for twenty years.",
        "Three generations, one oven: the story behind {p}.",
        "We are hiring a baker's apprentice. Come and learn to make {p} with us.",
        'Three ingredients, "no secrets", for {p}:\ngood flour, water, and time.',
    ],
    ("en", True): [
        "Which do you prefer: {p} or the seeded loaf?",
        "We are baking {p} on Sunday: with or without raisins?",
        "What would you like to find next to {p} next week?",
        "Have you ever tasted {p} straight from the oven? Tell us!",
        "Catering for your office: would your team go for {p}?",
    ],
}
HASHTAGS = " #fornorossi #panefresco #bakery"

GENERIC = {
    "it": ["Che bontà! 😍", "bravissimi", "😍😍😍", "👏👏", "Buonissimo!", "Top!", "🥐❤️", "Grazie!",
           "Che meraviglia", "Slurp 😋", "Mamma mia 🤤", "Bravi!", "@marta.s guarda! 😍", "@luca_b 🤤🤤"],
    "en": ["great!", "Love it ❤️", "wow", "Yum 😋", "Amazing!", "🔥🔥", "nice", "Looks delicious!", "So good",
           "👏", "@tom.w look at this 😍", "great post"],
    "es": ["¡Qué rico! 😍", "Me encanta", "¡Bravo!"],
    "fr": ["Miam 😋", "Trop beau !", "Bravo !"],
    "de": ["Lecker! 😍", "Super!", "Toll!"],
    "pl": ["Pycha! 😍", "Brawo!", "dzięki"],
    "pt": ["Que delícia! 😍", "Adorei"],
}
SUBSTANTIVE = {
    "it": [
        "Siete aperti anche la domenica mattina? Vorrei passare con i bambini.",
        "Ho preso la focaccia ieri sera ed era ancora croccante, complimenti a tutto il forno.",
        "Fate anche torte senza glutine su ordinazione? Mia sorella è celiaca.",
        "Il pane ai cereali è il migliore della zona, lo compro ogni settimana.",
        "Ordine online arrivato puntuale e ben imballato, tornerò sicuramente a ordinare.",
        "Quanto tempo prima bisogna prenotare una torta di compleanno per venti persone?",
        "La colomba dell'anno scorso era spettacolare, quest'anno ne prendo due.",
        "Consegnate anche fuori città? Abito a una ventina di chilometri.",
        "Posso ritirare l'ordine online in negozio dopo le sette di sera?",
        "I cornetti integrali del sabato sono diventati il nostro rito di famiglia.",
        "Peccato che il negozio chiuda presto, il pomeriggio non riesco mai a passare.",
        "Mio figlio ha assaggiato i biscotti al burro e ora non vuole altro, grazie!",
        "Ottimo esempio di impresa familiare che innova senza perdere la tradizione.",
        "Ho seguito la vostra ricetta del pane al farro.\n"
        'Risultato: "quasi" come il vostro, ma la crosta era più morbida, consigli?',
        "Domanda per Rosa, la pasticcera:\nla crostata di albicocche, la fate anche con la marmellata di fichi?",
        'Ieri in negozio c\'era la fila fino alla porta, ma ne valeva la pena.\nIl "pane del sabato" è finito in dieci minuti, a casa!',
        "Tre cose che amo del Forno Rossi:\nil profumo, i prezzi onesti, e il \"buongiorno\" di Rosa alla cassa.",
    ],
    "en": [
        "Do you deliver to the city centre on Sundays? We would love fresh bread for brunch.",
        "The sourdough I bought on Friday was still great on Monday, impressive.",
        "Could you share the recipe for the olive focaccia? Mine never gets that crust.",
        "Ordered a birthday cake online and it arrived exactly on time, thank you so much.",
        "Is the shop accessible with a pushchair? The entrance looked a bit narrow.",
        "We visited from London last summer and still talk about your pastries.",
        "Great to see a family business posting real behind the scenes content.",
        "How far in advance should we order catering for a team breakfast of thirty people?",
        "Congratulations on the new online shop, it is great to see local bakeries going digital.",
        "We ordered your catering for our office breakfast and everyone asked for the supplier.",
        "Two questions, if I may:\ndo you use organic flour, and can we visit the bakery with a school group?",
        'Quick review, since you asked:\n"Best cornetto in town", says my husband, and he is Roman.',
    ],
    "es": ["¿Hacéis envíos a España? Me encantaría probar la colomba de Pascua.",
           "Estuvimos en Italia en verano y vuestro pan fue lo mejor del viaje."],
    "fr": ["Est-ce que vous avez des produits sans gluten en boutique ?",
           "Nous sommes passés en vacances, les cornetti étaient vraiment délicieux."],
    "de": ["Habt ihr auch Vollkornbrot ohne Zucker im Angebot?",
           "Wir waren im Urlaub bei euch, das Brot war einfach fantastisch."],
    "pl": ["Czy wysyłacie panettone do Polski? Chętnie zamówię na święta."],
    "pt": ["Vocês fazem entregas para Portugal? Adorei o pão de vocês."],
}
ANSWERS = {
    "it": ["Per me la focaccia con le cipolle, senza dubbio, e poi un cornetto alla crema.",
           "Voto per il pane al farro, ma anche quello con le noci non scherza.",
           "Con l'uvetta, come la faceva mia nonna la domenica mattina!",
           "Io vorrei tanto rivedere le sfogliatelle ricce del mese scorso."],
    "en": ["Definitely the olive focaccia, and a croissant for the road.",
           "Sourdough every time, but please bring back the walnut loaf!",
           "Without raisins please, my kids pick them all out anyway."],
}
FOLLOWUPS = {
    "it": ["Perfetto, grazie mille! Passo sabato mattina.", "Grazie della risposta veloce, allora ordino online stasera.",
           "Ok, allora prenoto la torta per venerdì prossimo.", "Gentilissimi come sempre, a presto!"],
    "en": ["Perfect, thank you! I'll stop by on Saturday.", "Thanks for the quick answer, ordering tonight then.",
           "Great, we'll book the catering for next Friday.", "Thank you, that's really kind of you!"],
}
CROSSTALK = {
    "it": ["Confermo, la focaccia è la migliore della zona!", "Anche io la penso così 👍",
           "Vero! Ci andiamo ogni domenica con i bambini."],
    "en": ["Totally agree, their bread is the best around.", "Same here 😄", "Seconded, the cornetti are worth the queue."],
}
BRAND_THANKS = {
    "it": ["Grazie {first}! 😊", "Grazie mille {first}! 🥐", "Che bello, grazie {first}!"],
    "en": ["Thank you {first}! 😊", "Thanks {first}, see you soon!", "So glad you like it, {first}!"],
}
BRAND_ANSWERS = {
    "it": ["Ciao {first}! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
           "Grazie {first}, che bello leggerlo! Lo diciamo subito a tutto il forno.",
           "Ciao {first}, consegniamo in tutta la città e nei comuni vicini: ordina entro le 18 per il giorno dopo.",
           "Ciao {first}! Siamo aperti anche la domenica dalle 7:30 alle 13."],
    "en": ["Hi {first}! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
           "Thank you {first}, that means a lot to the whole family!",
           "Hi {first}, send us a message and we will sort it out together.",
           "Hi {first}! The shop is open on Sundays from 7:30 to 1 p.m."],
}
BRAND_CLOSING = {"it": ["A presto {first}! 🥐", "Ti aspettiamo, {first}!"],
                 "en": ["See you soon, {first}! 🥐", "Looking forward to it, {first}!"]}

FIRST = {
    "it": ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Sara", "Alessandro", "Valentina", "Andrea",
           "Martina", "Davide", "Federica", "Simone", "Elisa", "Stefano", "Silvia", "Lorenzo", "Alice", "Riccardo",
           "Beatrice", "Gabriele", "Ilaria", "Fabio", "Roberta", "Pietro"],
    "en": ["Emma", "Oliver", "Amelia", "Harry", "Olivia", "Jack", "Isla", "George", "Sophie", "Noah", "Grace",
           "Thomas", "Lucy", "James", "Ella", "William"],
    "es": ["Lucía", "Hugo", "Martina", "Pablo", "Sofía", "Daniel"],
    "fr": ["Camille", "Louis", "Léa", "Jules", "Chloé", "Hugo"],
    "de": ["Anna", "Lukas", "Mia", "Felix", "Lena", "Jonas"],
    "pl": ["Zofia", "Jakub", "Julia", "Kacper", "Maja", "Filip"],
    "pt": ["Beatriz", "João", "Inês", "Tiago"],
}
LAST = {
    "it": ["Russo", "Ferrari", "Esposito", "Romano", "Ricci", "Marino", "Bruno", "Gallo", "De Luca", "Costa",
           "Giordano", "Rizzo", "Barbieri", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferraro", "Testa", "Serra",
           "Fabbri", "Leone", "Longo", "Gentile", "Martinelli", "Vitale"],
    "en": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Evans", "Roberts",
           "Walker", "Wright", "Thompson", "White", "Hughes", "Green"],
    "es": ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez"],
    "fr": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner"],
    "pl": ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira"],
}


def _fill(rng: np.random.Generator, templates: list[str], n: int, first: np.ndarray | None = None) -> np.ndarray:
    """``n`` texts drawn from ``templates``, with ``{first}`` replaced by ``first`` row by row."""
    parts = [t.split("{first}") for t in templates]
    pick = rng.integers(0, len(templates), n)
    before = np.array([p[0] for p in parts], dtype=object)[pick]
    if first is None:
        return before
    after = np.array([p[1] if len(p) > 1 else "" for p in parts], dtype=object)[pick]
    has = np.array([len(p) > 1 for p in parts])[pick]
    return np.where(has, before + first + after, before)


def _grouped(rng: np.random.Generator, lang: np.ndarray, table: dict[str, list[str]],
             first: np.ndarray | None = None, fallback: str = "en") -> np.ndarray:
    """One text per row from ``table[lang]`` (``fallback``'s list for languages the table lacks)."""
    out = np.empty(len(lang), dtype=object)
    effective = np.where(np.isin(lang, list(table)), lang, fallback)
    for key in sorted(set(effective)):
        rows = np.flatnonzero(effective == key)
        out[rows] = _fill(rng, table[key], len(rows), None if first is None else first[rows])
    return out


def post_texts(rng: np.random.Generator, lang: np.ndarray, question: np.ndarray, ptype: np.ndarray) -> np.ndarray:
    """Brand post texts: a template of the post's language (a question where ``question``) with a product."""
    out = np.empty(len(lang), dtype=object)
    for key in sorted({(str(lg), bool(q)) for lg, q in zip(lang, question)}):
        rows = np.flatnonzero((lang == key[0]) & (question == key[1]))
        product = np.array(PRODUCTS[key[0]], dtype=object)[rng.integers(0, len(PRODUCTS[key[0]]), len(rows))]
        parts = [t.split("{p}") for t in POSTS[key]]
        pick = rng.integers(0, len(parts), len(rows))
        out[rows] = (np.array([p[0] for p in parts], dtype=object)[pick] + product
                     + np.array([p[1] for p in parts], dtype=object)[pick])
    starts = np.char.str_len(out.astype(str)) > 0
    out[starts] = np.array([s[0].upper() + s[1:] for s in out[starts]], dtype=object)
    return np.where(np.isin(ptype, ["reel", "carousel"]), out + HASHTAGS, out)


def comment_texts(rng: np.random.Generator, c: pd.DataFrame) -> np.ndarray:
    """Comment texts by kind: generic or substantive audience comments, answers to question posts,
    brand thanks and answers, the audience's follow-ups, the brand's closings, cross-talk."""
    kind = c["kind"].to_numpy()
    lang = c["lang"].to_numpy().astype(str)
    first = c["parent_first"].fillna("").astype(str).str.split(" ").str[0].to_numpy(dtype=object)
    out = np.empty(len(c), dtype=object)
    audience = np.isin(kind, ["regular", "occasional", "once"])
    generic = c["generic"].to_numpy(bool)
    answer = c["question_post"].to_numpy(bool) & (rng.random(len(c)) < 0.6)
    groups = [
        (audience & generic, GENERIC, None),
        (audience & ~generic & answer, ANSWERS, None),
        (audience & ~generic & ~answer, SUBSTANTIVE, None),
        ((kind == "brand") & c["parent_generic"].to_numpy(bool), BRAND_THANKS, first),
        ((kind == "brand") & ~c["parent_generic"].to_numpy(bool), BRAND_ANSWERS, first),
        (kind == "followup", FOLLOWUPS, None),
        (kind == "closing", BRAND_CLOSING, first),
        (kind == "crosstalk", CROSSTALK, None),
    ]
    reply_lang = np.where(kind == "brand", c["parent_lang"].astype(str).to_numpy(), lang)
    for mask, table, names in groups:
        rows = np.flatnonzero(mask)
        if len(rows):
            use = reply_lang if table in (BRAND_THANKS, BRAND_ANSWERS, BRAND_CLOSING) else lang
            out[rows] = _grouped(rng, use[rows], table, None if names is None else names[rows])
    return out


def names(rng: np.random.Generator, langs: np.ndarray) -> np.ndarray:
    """A full name for each person, from the first and last names of their language."""
    out = np.empty(len(langs), dtype=object)
    for lang in sorted(set(langs)):
        rows = np.flatnonzero(langs == lang)
        first = np.array(FIRST[lang], dtype=object)[rng.integers(0, len(FIRST[lang]), len(rows))]
        last = np.array(LAST[lang], dtype=object)[rng.integers(0, len(LAST[lang]), len(rows))]
        out[rows] = first + " " + last
    return out


def shortcodes(rng: np.random.Generator, n: int, width: int) -> np.ndarray:
    """``n`` random codes of ``width`` URL-safe characters (Instagram shortcodes, YouTube video ids)."""
    chars = np.ascontiguousarray(ALPHABET[rng.integers(0, len(ALPHABET), (n, width))])
    return chars.view(f"<U{width}").ravel().astype(object)


def snowflakes(rng: np.random.Generator, t: np.ndarray) -> np.ndarray:
    """X ids for epoch seconds ``t``: milliseconds since X's epoch shifted left 22 bits, plus random bits."""
    ms = np.asarray(t, dtype=np.int64) * 1000 + rng.integers(0, 1000, len(t))
    return (((ms - 1_288_834_974_657) << 22) + rng.integers(0, 1 << 22, len(t))).astype(str).astype(object)


def linkedin_ids(rng: np.random.Generator, t: np.ndarray) -> np.ndarray:
    """LinkedIn activity/comment ids for epoch seconds ``t``: Unix milliseconds shifted left 22 bits, plus random bits."""
    ms = np.asarray(t, dtype=np.int64) * 1000 + rng.integers(0, 1000, len(t))
    return ((ms << 22) + rng.integers(0, 1 << 22, len(t))).astype(str).astype(object)


def author_ids(platform: str, rows: np.ndarray) -> np.ndarray:
    """Stable platform-shaped author ids for person numbers ``rows``."""
    rows = np.asarray(rows, dtype=np.int64)
    if platform == "youtube":
        codes = ALPHABET[(rows[:, None] * np.array([7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43]) // 5 + 3) % 62]
        codes = np.ascontiguousarray(codes).view("<U11").ravel().astype(object)
        return "UC" + codes + "x9kQ" + (rows % 997).astype(str).astype(object).astype(str).astype(object)
    base = {"facebook": 100_004_000_000_000, "instagram": 17_841_400_000_000_000, "linkedin": 38_000_000,
            "x": 1_200_000_000_000_000_000}[platform]
    ids = (base + rows * 7_919 + rows % 13).astype(str).astype(object)
    return "urn:li:person:" + ids if platform == "linkedin" else ids


def comment_ids(rng: np.random.Generator, platform: np.ndarray, post_id: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Platform-shaped comment ids (rows already in time order, so ids grow with time)."""
    n = len(t)
    out = np.empty(n, dtype=object)
    seq = np.arange(n, dtype=np.int64)
    fb = platform == "facebook"
    post_part = pd.Series(post_id[fb], dtype="str").str.split("_").str[-1].to_numpy(dtype=object)
    out[fb] = post_part + "_" + (1_200_000_000_000_000 + seq[fb] * 977).astype(str).astype(object)
    ig = platform == "instagram"
    out[ig] = (18_000_000_000_000_000 + seq[ig] * 104_723).astype(str).astype(object)
    x = platform == "x"
    out[x] = snowflakes(rng, t[x])
    li = platform == "linkedin"
    out[li] = linkedin_ids(rng, t[li])
    yt = platform == "youtube"
    out[yt] = "Ugx" + shortcodes(rng, int(yt.sum()), 18) + "4AaABAg"
    return out
