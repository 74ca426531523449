"""Label, plain explanation, why it matters, how to improve it and the formula in words, for every KPI (en, it).

Pages and the workbook read KPI texts only from here: ``describe(key, lang)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import TypedDict, overload

from lib.kpis.catalog import BY_KEY

LANGS = ("en", "it")


@dataclass(frozen=True)
class KpiText:
    """What a KPI is called and how to explain it to someone who is not an analyst."""

    label: str
    explanation: str
    why: str
    improve: str
    formula: str


# key -> {lang: (label, explanation, why, improve, formula)}
_TEXTS: dict[str, dict[str, tuple[str, str, str, str, str]]] = {
    "posts": {
        "en": ("Posts", "How many posts the brand published in the period.",
               "Volume is context: rates per post only make sense next to it.",
               "Post less but better: fewer posts that start conversations beat many that nobody answers.",
               "Number of brand posts published in the period."),
        "it": ("Post", "Quanti post il brand ha pubblicato nel periodo.",
               "Il volume è il contesto: i valori per post hanno senso solo accanto a questo numero.",
               "Pubblicate meno ma meglio: pochi post che aprono conversazioni valgono più di tanti senza risposta.",
               "Numero di post del brand pubblicati nel periodo."),
    },
    "followers_end": {
        "en": ("Followers", "How many people followed the account on the last day of the period with data.",
               "The size of the audience you could reach, not of the one that listens.",
               "Grow followers through conversations people want to join, never by buying them.",
               "Follower total on the last day of the period with data, summed over platforms."),
        "it": ("Follower", "Quante persone seguivano l'account nell'ultimo giorno del periodo con dati.",
               "È la dimensione del pubblico raggiungibile, non di quello che ascolta.",
               "Fate crescere i follower con conversazioni a cui valga la pena partecipare, mai comprandoli.",
               "Totale follower nell'ultimo giorno del periodo con dati, sommato sulle piattaforme."),
    },
    "follower_growth": {
        "en": ("Follower growth", "How many followers were gained (or lost) during the period.",
               "Growth without conversation is a warning sign, not a success.",
               "Compare it with engagement: growth should come with more people talking, not fewer.",
               "Followers on the last day with data minus followers on the first day with data."),
        "it": ("Crescita follower", "Quanti follower sono stati guadagnati (o persi) nel periodo.",
               "Una crescita senza conversazione è un campanello d'allarme, non un successo.",
               "Confrontatela con il coinvolgimento: la crescita deve portare più persone che parlano, non meno.",
               "Follower nell'ultimo giorno con dati meno follower nel primo giorno con dati."),
    },
    "impressions": {
        "en": ("Impressions", "How many times the period's posts were shown on screens.",
               "Visibility is a precondition for conversation, not a result.",
               "Judge impressions by what they produce: comments, replies and visits.",
               "Sum of the impressions the platforms report on the period's posts."),
        "it": ("Impression", "Quante volte i post del periodo sono stati mostrati sugli schermi.",
               "La visibilità è una condizione per la conversazione, non un risultato.",
               "Valutate le impression per ciò che producono: commenti, risposte e visite.",
               "Somma delle impression riportate dalle piattaforme sui post del periodo."),
    },
    "reach": {
        "en": ("Reach", "How many distinct people saw the period's posts.",
               "Reach is the denominator of engagement: how many could have answered.",
               "Reach people who care about the topic rather than as many as possible.",
               "Sum of the reach the platforms report on the period's posts."),
        "it": ("Copertura", "Quante persone diverse hanno visto i post del periodo.",
               "La copertura è il denominatore del coinvolgimento: quanti avrebbero potuto rispondere.",
               "Raggiungete persone interessate al tema, non il maggior numero possibile.",
               "Somma della copertura riportata dalle piattaforme sui post del periodo."),
    },
    "reactions": {
        "en": ("Reactions", "Likes and other one-tap reactions on the period's posts.",
               "Applause is cheap: a tap costs nothing and says little.",
               "Turn applause into talk by asking for opinions and experiences.",
               "Sum of likes and reactions on the period's posts."),
        "it": ("Reazioni", "Mi piace e altre reazioni con un tocco sui post del periodo.",
               "L'applauso costa poco: un tocco non impegna e dice poco.",
               "Trasformate gli applausi in conversazione chiedendo opinioni ed esperienze.",
               "Somma di mi piace e reazioni sui post del periodo."),
    },
    "comments": {
        "en": ("Comments", "How many comments the period's posts received.",
               "A comment takes effort: it is the first sign that people talk to you.",
               "Ask real questions, answer every comment, and talk about what your audience lives.",
               "Sum of the comment counts of the period's posts (counted from the threads where the platform gives no count)."),
        "it": ("Commenti", "Quanti commenti hanno ricevuto i post del periodo.",
               "Un commento richiede impegno: è il primo segno che le persone vi parlano.",
               "Fate domande vere, rispondete a ogni commento e parlate di ciò che vive il vostro pubblico.",
               "Somma dei commenti dei post del periodo (contati dalle conversazioni dove la piattaforma non li dà)."),
    },
    "shares": {
        "en": ("Shares", "How many times people passed the period's posts on.",
               "Sharing puts your name in front of their friends: it is an endorsement.",
               "Publish things worth passing on: useful tips, stories, news people want others to know.",
               "Sum of shares and reposts of the period's posts."),
        "it": ("Condivisioni", "Quante volte le persone hanno fatto girare i post del periodo.",
               "Condividere mette il vostro nome davanti ai loro amici: è una raccomandazione.",
               "Pubblicate cose che valga la pena passare: consigli utili, storie, novità.",
               "Somma di condivisioni e repost dei post del periodo."),
    },
    "saves": {
        "en": ("Saves", "How many times people saved the period's posts to come back to them.",
               "A save means the content is useful enough to keep.",
               "Publish practical content: recipes, guides, checklists.",
               "Sum of saves of the period's posts."),
        "it": ("Salvataggi", "Quante volte le persone hanno salvato i post del periodo per ritrovarli.",
               "Un salvataggio vuol dire che il contenuto è abbastanza utile da tenerlo.",
               "Pubblicate contenuti pratici: ricette, guide, liste.",
               "Somma dei salvataggi dei post del periodo."),
    },
    "interactions": {
        "en": ("Interactions", "Reactions, comments, shares and saves on the period's posts together.",
               "The total response to your posts, of every kind.",
               "Look at its mix: more comments and shares matter more than more likes.",
               "Reactions + comments + shares + saves (the parts the platforms report)."),
        "it": ("Interazioni", "Reazioni, commenti, condivisioni e salvataggi sui post del periodo insieme.",
               "La risposta totale ai vostri post, di ogni tipo.",
               "Guardate la composizione: più commenti e condivisioni contano più di più mi piace.",
               "Reazioni + commenti + condivisioni + salvataggi (le parti che le piattaforme riportano)."),
    },
    "conversation_rate_per_post": {
        "en": ("Comments per post", "On average, how many comments each post received.",
               "It shows whether your posts start conversations at all.",
               "End posts with an open question and reply quickly to the first comments.",
               "Comments / posts."),
        "it": ("Commenti per post", "In media, quanti commenti ha ricevuto ogni post.",
               "Mostra se i vostri post aprono davvero delle conversazioni.",
               "Chiudete i post con una domanda aperta e rispondete presto ai primi commenti.",
               "Commenti / post."),
    },
    "amplification_rate_per_post": {
        "en": ("Shares per post", "On average, how many times each post was shared.",
               "Shares carry your message beyond your followers.",
               "Give people something they are proud to pass on.",
               "Shares / posts."),
        "it": ("Condivisioni per post", "In media, quante volte è stato condiviso ogni post.",
               "Le condivisioni portano il messaggio oltre i vostri follower.",
               "Date alle persone qualcosa che siano orgogliose di far girare.",
               "Condivisioni / post."),
    },
    "applause_rate_per_post": {
        "en": ("Reactions per post", "On average, how many likes and reactions each post received.",
               "Applause shows approval, but not conversation.",
               "Use it as a baseline, and aim to turn some applause into comments.",
               "Reactions / posts."),
        "it": ("Reazioni per post", "In media, quanti mi piace e reazioni ha ricevuto ogni post.",
               "L'applauso mostra approvazione, non conversazione.",
               "Usatelo come base e cercate di trasformare parte degli applausi in commenti.",
               "Reazioni / post."),
    },
    "conversation_rate_per_1k_followers": {
        "en": ("Comments per post per 1,000 followers", "Comments per post, scaled to the size of the audience.",
               "It makes small and large accounts comparable: big audiences should not hide silence.",
               "Grow the conversation at least as fast as the audience.",
               "Comments per post / mean daily followers x 1,000 (overall: platforms with a followers series)."),
        "it": ("Commenti per post ogni 1.000 follower", "Commenti per post, in proporzione alla dimensione del pubblico.",
               "Rende confrontabili account piccoli e grandi: un grande pubblico non deve nascondere il silenzio.",
               "Fate crescere la conversazione almeno quanto il pubblico.",
               "Commenti per post / media giornaliera dei follower x 1.000 (in totale: piattaforme con serie di follower)."),
    },
    "amplification_rate_per_1k_followers": {
        "en": ("Shares per post per 1,000 followers", "Shares per post, scaled to the size of the audience.",
               "It shows whether followers actually carry your message on.",
               "Publish content your followers want their own friends to see.",
               "Shares per post / mean daily followers x 1,000."),
        "it": ("Condivisioni per post ogni 1.000 follower", "Condivisioni per post, in proporzione al pubblico.",
               "Mostra se i follower portano davvero avanti il vostro messaggio.",
               "Pubblicate contenuti che i follower vogliano mostrare ai propri amici.",
               "Condivisioni per post / media giornaliera dei follower x 1.000."),
    },
    "applause_rate_per_1k_followers": {
        "en": ("Reactions per post per 1,000 followers", "Reactions per post, scaled to the size of the audience.",
               "A falling value while followers grow hints at an audience that does not care.",
               "Look after the followers you have before looking for more.",
               "Reactions per post / mean daily followers x 1,000."),
        "it": ("Reazioni per post ogni 1.000 follower", "Reazioni per post, in proporzione al pubblico.",
               "Un valore che scende mentre i follower crescono indica un pubblico poco interessato.",
               "Curate i follower che avete prima di cercarne altri.",
               "Reazioni per post / media giornaliera dei follower x 1.000."),
    },
    "economic_value": {
        "en": ("Economic value", "Conversions on your website from people who came from social media.",
               "Conversation should lead somewhere: orders, bookings, sign-ups.",
               "Link posts to useful pages and make the next step easy.",
               "Conversions from traffic whose source is a social platform (revenue is shown separately)."),
        "it": ("Valore economico", "Conversioni sul sito da persone arrivate dai social.",
               "La conversazione deve portare da qualche parte: ordini, prenotazioni, iscrizioni.",
               "Collegate i post a pagine utili e rendete facile il passo successivo.",
               "Conversioni dal traffico la cui sorgente è una piattaforma social (il fatturato è a parte)."),
    },
    "conversation_share": {
        "en": ("Conversation share", "Of all the responses to your posts, the share that were comments rather than taps.",
               "It tells talk from applause: a high share means people engage with words.",
               "Ask for opinions, stories and advice, not for likes.",
               "Comments / interactions."),
        "it": ("Quota di conversazione", "Di tutte le risposte ai vostri post, la parte fatta di commenti e non di tocchi.",
               "Distingue la conversazione dall'applauso: una quota alta vuol dire che le persone usano le parole.",
               "Chiedete opinioni, storie e consigli, non mi piace.",
               "Commenti / interazioni."),
    },
    "engagement_rate_by_reach": {
        "en": ("Engagement rate by reach", "Of the people who saw your posts, the share who responded.",
               "It measures response against the audience actually reached.",
               "Post when your audience is around and about what it cares for.",
               "Interactions / reach, over the posts that report reach."),
        "it": ("Tasso di coinvolgimento sulla copertura", "Delle persone che hanno visto i post, la parte che ha risposto.",
               "Misura la risposta rispetto al pubblico davvero raggiunto.",
               "Pubblicate quando il pubblico è presente e su ciò che gli interessa.",
               "Interazioni / copertura, sui post che riportano la copertura."),
    },
    "silent_post_share": {
        "en": ("Silent posts", "The share of posts that received no comments at all.",
               "Silent posts are broadcasting: nobody answered.",
               "Look at what silent posts have in common and publish fewer of them.",
               "Posts with zero comments / posts with a known comment count."),
        "it": ("Post senza risposta", "La quota di post che non ha ricevuto nessun commento.",
               "I post silenziosi sono trasmissione: nessuno ha risposto.",
               "Guardate cosa hanno in comune i post silenziosi e pubblicatene meno.",
               "Post con zero commenti / post con numero di commenti noto."),
    },
    "question_post_lift": {
        "en": ("Question lift", "How many times more comments posts that ask a question get than the others.",
               "It shows whether asking actually opens a conversation with your audience.",
               "Ask questions people can answer from their own experience.",
               "Mean comments of posts with ? or ¿ / mean comments of the other posts (needs 5 posts in each group)."),
        "it": ("Effetto domanda", "Quante volte più commenti ricevono i post che fanno una domanda rispetto agli altri.",
               "Mostra se fare domande apre davvero una conversazione con il vostro pubblico.",
               "Fate domande a cui le persone possano rispondere con la propria esperienza.",
               "Media commenti dei post con ? o ¿ / media commenti degli altri post (servono 5 post per gruppo)."),
    },
    "brand_response_rate": {
        "en": ("Brand response rate", "The share of people's comments that got an answer from you in their thread.",
               "A conversation needs two sides: unanswered comments teach people not to write.",
               "Answer every question and thank specific feedback, every day.",
               "Top-level audience comments with a later brand comment in their thread / top-level audience comments."),
        "it": ("Tasso di risposta del brand", "La quota di commenti delle persone che ha ricevuto una vostra risposta.",
               "Una conversazione ha due lati: i commenti senza risposta insegnano a non scrivere.",
               "Rispondete a ogni domanda e ringraziate i commenti specifici, ogni giorno.",
               "Commenti principali del pubblico con un commento del brand successivo nel thread / commenti principali del pubblico."),
    },
    "brand_response_time_median_h": {
        "en": ("Median response time", "Typical time between a person's comment and your first answer, in hours.",
               "Fast answers keep the conversation alive; late ones arrive when nobody is listening.",
               "Check comments at fixed times every day, and answer questions first.",
               "Median of hours from a top-level audience comment to the first brand reply in its thread (answered comments only)."),
        "it": ("Tempo di risposta mediano", "Tempo tipico tra il commento di una persona e la vostra prima risposta, in ore.",
               "Risposte rapide tengono viva la conversazione; quelle tardive arrivano quando nessuno ascolta più.",
               "Controllate i commenti a orari fissi ogni giorno e rispondete prima alle domande.",
               "Mediana delle ore tra un commento principale del pubblico e la prima risposta del brand (solo commenti con risposta)."),
    },
    "brand_response_time_p90_h": {
        "en": ("Slowest responses (90th percentile)", "Nine answers in ten arrive within this many hours.",
               "It shows the people left waiting longest, whom a median hides.",
               "Cover weekends and evenings, or say when you will answer.",
               "90th percentile of hours from a top-level audience comment to the first brand reply (answered only)."),
        "it": ("Risposte più lente (90° percentile)", "Nove risposte su dieci arrivano entro queste ore.",
               "Mostra chi aspetta più a lungo, che la mediana nasconde.",
               "Coprite fine settimana e sere, o dite quando risponderete.",
               "90° percentile delle ore tra un commento principale del pubblico e la prima risposta del brand (solo con risposta)."),
    },
    "brand_response_time_histogram": {
        "en": ("Response times", "How many answers arrived within an hour, 1-4 hours, 4-24 hours, 1-3 days, later.",
               "The shape shows whether answers are a habit or an occasional effort.",
               "Move answers into the first buckets: the first day matters most.",
               "Answered top-level audience comments counted by hours to the first brand reply: <1 h, 1-4 h, 4-24 h, 1-3 d, >3 d."),
        "it": ("Tempi di risposta", "Quante risposte sono arrivate entro un'ora, 1-4 ore, 4-24 ore, 1-3 giorni, dopo.",
               "La forma mostra se rispondere è un'abitudine o uno sforzo occasionale.",
               "Spostate le risposte nelle prime fasce: conta soprattutto il primo giorno.",
               "Commenti principali con risposta contati per ore fino alla prima risposta del brand: <1 h, 1-4 h, 4-24 h, 1-3 g, >3 g."),
    },
    "networking_index": {
        "en": ("Networking index", "How much of your own output is dialogue (comments) rather than posts.",
               "Brands that talk with people, not at them, build communities.",
               "Spend part of the time you use to post on answering and commenting.",
               "Brand comments / (brand comments + brand posts). Below 0.2 broadcaster, 0.2-0.5 mixed, above 0.5 networker."),
        "it": ("Indice di relazione", "Quanta parte della vostra attività è dialogo (commenti) e non post.",
               "I brand che parlano con le persone, e non alle persone, costruiscono comunità.",
               "Dedicate parte del tempo che usate per pubblicare a rispondere e commentare.",
               "Commenti del brand / (commenti del brand + post del brand). Sotto 0,2 emittente, 0,2-0,5 misto, sopra 0,5 relazionale."),
    },
    "thread_depth_mean": {
        "en": ("Thread depth", "On average, how many comments each conversation thread holds.",
               "Deep threads are real exchanges; single comments are drive-by remarks.",
               "Reply with a question back to keep the exchange going.",
               "Comments in threads started in the period / threads started in the period."),
        "it": ("Profondità delle conversazioni", "In media, quanti commenti contiene ogni conversazione.",
               "Conversazioni profonde sono scambi veri; i commenti singoli sono battute di passaggio.",
               "Rispondete con una domanda per far continuare lo scambio.",
               "Commenti nelle conversazioni iniziate nel periodo / conversazioni iniziate nel periodo."),
    },
    "dialogue_thread_share": {
        "en": ("Dialogue threads", "The share of threads where someone wrote again after your answer.",
               "It shows real exchanges, not just replies that close the topic.",
               "Answer in a way that invites a reply: ask, suggest, follow up.",
               "Threads with an audience comment after a brand reply / threads started in the period."),
        "it": ("Conversazioni con dialogo", "La quota di conversazioni in cui qualcuno ha riscritto dopo la vostra risposta.",
               "Mostra scambi veri, non solo risposte che chiudono l'argomento.",
               "Rispondete in modo da invitare una replica: chiedete, proponete, tornate sull'argomento.",
               "Conversazioni con un commento del pubblico dopo una risposta del brand / conversazioni iniziate nel periodo."),
    },
    "unique_commenters": {
        "en": ("People who commented", "How many different people commented in the period.",
               "Conversations are made by people, not by comment counts.",
               "Welcome first-time commenters by name and answer them.",
               "Distinct audience authors of comments created in the period (per platform, summed)."),
        "it": ("Persone che hanno commentato", "Quante persone diverse hanno commentato nel periodo.",
               "Le conversazioni le fanno le persone, non il numero di commenti.",
               "Accogliete chi commenta per la prima volta chiamandolo per nome e rispondendo.",
               "Autori distinti del pubblico dei commenti creati nel periodo (per piattaforma, sommati)."),
    },
    "returning_commenter_share": {
        "en": ("Returning commenters", "The share of commenters who commented on two or more different posts.",
               "People who come back are the start of a community.",
               "Remember regulars, reply to them, and mention them when relevant.",
               "Commenters on 2 or more distinct posts in the period / unique commenters."),
        "it": ("Commentatori che ritornano", "La quota di chi ha commentato su due o più post diversi.",
               "Le persone che tornano sono l'inizio di una comunità.",
               "Ricordatevi degli abituali, rispondete loro e citateli quando serve.",
               "Commentatori su 2 o più post distinti nel periodo / commentatori unici."),
    },
    "tribe_size": {
        "en": ("Tribe", "How many people commented on three or more different posts.",
               "Your tribe is the core that talks with you regularly.",
               "Involve them: ask their opinion, invite them to try things first.",
               "Audience authors who commented on 3 or more distinct posts in the period."),
        "it": ("Tribù", "Quante persone hanno commentato su tre o più post diversi.",
               "La tribù è il nucleo che parla con voi regolarmente.",
               "Coinvolgetela: chiedete la sua opinione, invitatela a provare per prima.",
               "Autori del pubblico che hanno commentato 3 o più post distinti nel periodo."),
    },
    "top10_commenter_share": {
        "en": ("Share of the most active 10%", "The share of comments written by the most active tenth of commenters.",
               "A few voices can dominate: good for loyalty, risky if they leave.",
               "Keep the regulars, and invite quieter followers into the conversation.",
               "Comments of the top ceil(10% x commenters) by comment count / audience comments."),
        "it": ("Quota del 10% più attivo", "La quota di commenti scritta dal decimo più attivo di chi commenta.",
               "Poche voci possono dominare: bene per la fedeltà, rischioso se se ne vanno.",
               "Tenete gli abituali e invitate nella conversazione i follower più silenziosi.",
               "Commenti dei primi ceil(10% x commentatori) per numero di commenti / commenti del pubblico."),
    },
    "commenter_gini": {
        "en": ("Concentration of comments", "How unevenly comments are spread among commenters (0 even, near 1 concentrated).",
               "It tells a broad community from a handful of voices.",
               "Bring new voices in with easy questions and by answering newcomers.",
               "Gini coefficient of comments per commenter: sum over i, j of |x_i - x_j| / (2 n^2 mean)."),
        "it": ("Concentrazione dei commenti", "Quanto i commenti sono distribuiti in modo diseguale (0 uniforme, vicino a 1 concentrato).",
               "Distingue una comunità ampia da una manciata di voci.",
               "Portate nuove voci con domande semplici e rispondendo ai nuovi arrivati.",
               "Coefficiente di Gini dei commenti per commentatore: somma su i, j di |x_i - x_j| / (2 n^2 media)."),
    },
    "substantive_comment_share": {
        "en": ("Comments that say something", "The share of comments with at least four real words beyond generic praise.",
               "\"Great!\" and emoji are applause; sentences are conversation.",
               "Ask specific questions that need more than one word to answer.",
               "Audience comments with 4+ words of letters after removing links, @mentions, #hashtags and emoji, and not only generic phrases / audience comments with text."),
        "it": ("Commenti che dicono qualcosa", "La quota di commenti con almeno quattro parole vere oltre ai complimenti generici.",
               "\"Bravi!\" ed emoji sono applausi; le frasi sono conversazione.",
               "Fate domande specifiche che richiedano più di una parola per rispondere.",
               "Commenti del pubblico con 4+ parole di lettere tolti link, @menzioni, #hashtag ed emoji, e non solo frasi generiche / commenti del pubblico con testo."),
    },
    "audience_languages": {
        "en": ("Audience languages", "Which languages people write their comments in, beside the language of your posts.",
               "If your audience writes in a language you do not post in, you are leaving people out.",
               "Answer in the commenter's language and consider posting in it.",
               "Detected language of substantive audience comments (a seeded sample when there are many) and of brand posts."),
        "it": ("Lingue del pubblico", "In quali lingue le persone scrivono i commenti, accanto alla lingua dei vostri post.",
               "Se il pubblico scrive in una lingua in cui non pubblicate, state lasciando fuori qualcuno.",
               "Rispondete nella lingua di chi commenta e valutate di pubblicare anche in quella.",
               "Lingua rilevata dei commenti sostanziali del pubblico (un campione fisso se sono molti) e dei post del brand."),
    },
    "active_week_share": {
        "en": ("Active weeks", "The share of weeks in the period with at least one post.",
               "Conversation is a marathon: regular presence beats bursts.",
               "Plan a sustainable rhythm, even one good post a week.",
               "ISO weeks touched by the period with at least one brand post / ISO weeks touched by the period."),
        "it": ("Settimane attive", "La quota di settimane del periodo con almeno un post.",
               "La conversazione è una maratona: la presenza regolare batte gli scatti.",
               "Pianificate un ritmo sostenibile, anche un buon post a settimana.",
               "Settimane ISO del periodo con almeno un post del brand / settimane ISO toccate dal periodo."),
    },
    "longest_gap_days": {
        "en": ("Longest silence", "The longest stretch, in days, between two consecutive posts.",
               "Long gaps make audiences forget you and conversations stop.",
               "Keep a few evergreen posts ready for busy weeks.",
               "Longest time between consecutive brand posts in the period, in days."),
        "it": ("Silenzio più lungo", "Il periodo più lungo, in giorni, tra due post consecutivi.",
               "Lunghe pause fanno dimenticare il brand e fermano le conversazioni.",
               "Tenete pronti alcuni post senza scadenza per le settimane piene.",
               "Tempo massimo tra post consecutivi del brand nel periodo, in giorni."),
    },
    "follower_spike_days": {
        "en": ("Follower spikes", "Days when followers jumped while interactions stayed flat.",
               "Bought or fake followers leave this trace, and they never talk.",
               "Check the flagged days: campaigns explain some, purchases none.",
               "Days with gains above max(50, 3 x median, median + 5 x MAD) of daily gains while interactions that day and the next two stay under median + 3 x MAD; \"round number\" when within 2% of a multiple of 500."),
        "it": ("Picchi di follower", "Giorni in cui i follower sono balzati mentre le interazioni restavano ferme.",
               "I follower comprati o falsi lasciano questa traccia, e non parlano mai.",
               "Controllate i giorni segnalati: alcune campagne li spiegano, gli acquisti no.",
               "Giorni con guadagno sopra max(50, 3 x mediana, mediana + 5 x MAD) dei guadagni giornalieri con interazioni del giorno e dei due successivi sotto mediana + 3 x MAD; \"numero tondo\" se entro il 2% di un multiplo di 500."),
    },
    "hollow_growth": {
        "en": ("Hollow growth", "How much faster followers grew than interactions, from the first half of the period to the second.",
               "Positive and large means followers grew without people engaging.",
               "Grow through conversations; question any growth that brings no talk.",
               "Growth of mean daily followers minus growth of mean daily interactions, second half of the period versus first half (fractions)."),
        "it": ("Crescita vuota", "Quanto i follower sono cresciuti più delle interazioni, dalla prima alla seconda metà del periodo.",
               "Un valore positivo e grande vuol dire follower cresciuti senza persone coinvolte.",
               "Crescete con la conversazione; dubitate di ogni crescita che non porta dialogo.",
               "Crescita dei follower medi giornalieri meno crescita delle interazioni medie giornaliere, seconda metà del periodo rispetto alla prima (frazioni)."),
    },
    "engagement_per_1k_followers_trend": {
        "en": ("Engagement per 1,000 followers, by month", "Interactions per post per 1,000 followers, month by month.",
               "It shows whether engagement keeps up as the audience changes.",
               "Watch for months where followers rose and this line fell.",
               "Per month: interactions per post / mean daily followers x 1,000."),
        "it": ("Coinvolgimento ogni 1.000 follower, per mese", "Interazioni per post ogni 1.000 follower, mese per mese.",
               "Mostra se il coinvolgimento tiene il passo mentre il pubblico cambia.",
               "Attenzione ai mesi in cui i follower salgono e questa linea scende.",
               "Per mese: interazioni per post / media giornaliera dei follower x 1.000."),
    },
    "scale_curve": {
        "en": ("Humans don't scale", "Month by month: audience size, your response rate and comments per 1,000 followers.",
               "Dialogue often thins out as the audience grows; this curve shows if it happens to you.",
               "Plan replies as the audience grows: more people need more time, or help.",
               "Per month: mean followers, brand_response_rate and conversation_rate_per_1k_followers."),
        "it": ("Le persone non scalano", "Mese per mese: dimensione del pubblico, tasso di risposta e commenti ogni 1.000 follower.",
               "Il dialogo spesso si assottiglia mentre il pubblico cresce; questa curva mostra se succede a voi.",
               "Pianificate le risposte mentre il pubblico cresce: più persone chiedono più tempo, o aiuto.",
               "Per mese: follower medi, tasso di risposta del brand e commenti per post ogni 1.000 follower."),
    },
    "channel_scorecard": {
        "en": ("Channel scorecard", "Each platform's conversation figures side by side, with a keep or rethink verdict.",
               "Time is limited: put it where people talk with you and come to your site.",
               "Rethink channels with many taps and little talk; invest where conversations happen.",
               "Per platform: five signals (conversation share >= 5%, comments per post per 1k followers >= 0.5, response rate >= 50%, substantive share >= 30%, sessions per post >= 1); keep when at least half of the available signals are met."),
        "it": ("Pagella dei canali", "I dati di conversazione di ogni piattaforma a confronto, con il verdetto tenere o ripensare.",
               "Il tempo è poco: mettetelo dove le persone parlano con voi e arrivano al sito.",
               "Ripensate i canali con tanti tocchi e poca conversazione; investite dove la conversazione c'è.",
               "Per piattaforma: cinque segnali (quota di conversazione >= 5%, commenti per post ogni 1.000 follower >= 0,5, tasso di risposta >= 50%, quota sostanziale >= 30%, sessioni per post >= 1); tenere se almeno metà dei segnali disponibili è raggiunta."),
    },
    "social_sessions": {
        "en": ("Visits from social", "Website visits that came from social platforms.",
               "Conversation that brings people to your site is conversation that pays.",
               "Link to pages that answer the questions people ask in comments.",
               "Sessions from traffic whose source/medium maps to a social platform."),
        "it": ("Visite dai social", "Visite al sito arrivate dalle piattaforme social.",
               "Una conversazione che porta persone al sito è una conversazione che rende.",
               "Collegate pagine che rispondono alle domande fatte nei commenti.",
               "Sessioni dal traffico la cui sorgente/mezzo corrisponde a una piattaforma social."),
    },
    "social_conversions": {
        "en": ("Conversions from social", "Orders, sign-ups or other goals reached by visitors from social platforms.",
               "It links the conversation to business results.",
               "Make the step from post to action short and clear.",
               "Conversions from traffic whose source/medium maps to a social platform."),
        "it": ("Conversioni dai social", "Ordini, iscrizioni o altri obiettivi raggiunti da visitatori arrivati dai social.",
               "Collega la conversazione ai risultati.",
               "Rendete breve e chiaro il passo dal post all'azione.",
               "Conversioni dal traffico la cui sorgente/mezzo corrisponde a una piattaforma social."),
    },
    "social_revenue": {
        "en": ("Revenue from social", "Revenue from visitors who came from social platforms.",
               "The money side of the conversation, where the site tracks it.",
               "Follow the channels that bring buyers, not only visitors.",
               "Revenue from traffic whose source/medium maps to a social platform."),
        "it": ("Fatturato dai social", "Fatturato dai visitatori arrivati dalle piattaforme social.",
               "Il lato economico della conversazione, dove il sito lo misura.",
               "Seguite i canali che portano acquirenti, non solo visitatori.",
               "Fatturato dal traffico la cui sorgente/mezzo corrisponde a una piattaforma social."),
    },
    "sessions_per_post": {
        "en": ("Visits per post", "Website visits from a platform for each post published there.",
               "It shows which channel's posts actually send people to you.",
               "Give each post a reason to click: a recipe, a booking, a story to finish.",
               "Social sessions / posts, per platform."),
        "it": ("Visite per post", "Visite al sito da una piattaforma per ogni post pubblicato lì.",
               "Mostra i canali i cui post mandano davvero persone da voi.",
               "Date a ogni post un motivo per cliccare: una ricetta, una prenotazione, una storia da finire.",
               "Sessioni dai social / post, per piattaforma."),
    },
}


def describe(key: str, lang: str = "en") -> KpiText:
    """The texts of KPI ``key`` in ``lang`` ("en" or "it"; other languages fall back to English).

    Raises ``KeyError`` for a key that is not in ``lib.kpis.catalog``.

    >>> describe("silent_post_share").label
    'Silent posts'
    >>> describe("silent_post_share", "it").label
    'Post senza risposta'
    """
    if key not in BY_KEY:
        raise KeyError(key)
    texts = _TEXTS[key]
    return KpiText(*texts.get(lang, texts["en"]))


# ------------------------------------------------------------------------------ unavailable reasons and notes
class Coded(str):
    """An English sentence that also carries a stable ``code`` and its ``params``, so that pages and the workbook
    can show it in another language with ``reason_text`` / ``note_text``; it compares, hashes and serialises as the
    English sentence."""

    kind: str  # "reason" or "note"
    code: str
    params: dict

    def __new__(cls, kind: str, code: str, **params) -> Coded:
        obj = super().__new__(cls, _sentences(kind, code)["en"].format(**_formatted(params, "en")))
        obj.kind, obj.code, obj.params = kind, code, params
        return obj

    def __reduce__(self):
        return _rebuild, (self.kind, self.code, self.params)


def _rebuild(kind: str, code: str, params: dict) -> Coded:
    return Coded(kind, code, **params)


def reason(code: str, **params) -> Coded:
    """The reason ``code`` (a key of ``REASONS``) as its English sentence; raises ``KeyError`` for an unknown code."""
    return Coded("reason", code, **params)


def note(code: str, **params) -> Coded:
    """The note ``code`` (a key of ``NOTES``) as its English sentence; raises ``KeyError`` for an unknown code."""
    return Coded("note", code, **params)


def _formatted(params: dict, lang: str) -> dict:
    """Numbers with the language's thousands separator, lists joined with commas, ``kpis`` as KPI labels."""
    out = {}
    for key, value in params.items():
        if key == "kpis":
            value = ", ".join(describe(k, lang).label for k in value)
        elif isinstance(value, int) and not isinstance(value, bool):
            value = f"{value:,}".replace(",", "." if lang == "it" else ",")
        elif isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value)
        out[key] = value
    return out


class _Sentences(TypedDict):
    en: str
    it: str


class _Reason(_Sentences):
    need: str | None  # which export would provide the input (None: none would)


#: code -> {"en": sentence, "it": sentence, "need": which export would provide the input (None: none would)}.
#: ``need`` is one of "posts", "comments", "followers", "reach", "traffic" (the UI's ``need.*`` strings).
_REASONS: dict[str, _Reason] = {
    "posts": {"en": "needs posts", "it": "servono i post", "need": "posts"},
    "no_posts": {"en": "no posts in the period", "it": "nessun post nel periodo", "need": None},
    "threads": {"en": "needs comment threads", "it": "servono i thread dei commenti", "need": "comments"},
    "followers": {"en": "needs a followers series", "it": "serve una serie di follower", "need": "followers"},
    "traffic": {"en": "needs website traffic", "it": "serve il traffico del sito", "need": "traffic"},
    "no_audience": {"en": "no audience comments in the period", "it": "nessun commento del pubblico nel periodo",
                    "need": None},
    "no_threads": {"en": "no threads started in the period", "it": "nessun thread iniziato nel periodo", "need": None},
    "no_answered": {"en": "no brand replies to audience comments in the period",
                    "it": "nessuna risposta del brand ai commenti del pubblico nel periodo", "need": None},
    "no_roots": {"en": "no top-level audience comments in the period",
                 "it": "nessun commento principale del pubblico nel periodo", "need": None},
    "texts": {"en": "needs comment texts", "it": "servono i testi dei commenti", "need": "comments"},
    "two_posts": {"en": "needs at least two posts in the period", "it": "servono almeno due post nel periodo",
                  "need": None},
    "uncovered": {"en": "no posts export covers the period", "it": "nessun export dei post copre il periodo",
                  "need": "posts"},
    "no_output": {"en": "no brand posts or comments in the period", "it": "nessun post o commento del brand nel periodo",
                  "need": None},
    "short_period": {"en": "the period is too short to split in halves",
                     "it": "il periodo è troppo breve per dividerlo a metà", "need": None},
    "no_first_half_interactions": {"en": "no interactions in the first half of the period",
                                   "it": "nessuna interazione nella prima metà del periodo", "need": None},
    "no_post_interactions": {"en": "no interactions on the period's posts", "it": "nessuna interazione sui post del periodo",
                             "need": None},
    "few_questions": {"en": "fewer than {n} question posts", "it": "meno di {n} post con una domanda", "need": None},
    "few_statements": {"en": "fewer than {n} posts without a question", "it": "meno di {n} post senza domanda",
                       "need": None},
    "no_statement_comments": {"en": "no comments on posts without a question",
                              "it": "nessun commento sui post senza domanda", "need": None},
    "no_substantive": {"en": "no substantive audience comments in the period",
                       "it": "nessun commento sostanziale del pubblico nel periodo", "need": None},
    "impressions": {"en": "needs impressions", "it": "servono le impression", "need": "reach"},
    "reach": {"en": "needs reach", "it": "serve la copertura", "need": "reach"},
    "reactions": {"en": "needs reactions", "it": "servono le reazioni", "need": "posts"},
    "comment_counts": {"en": "needs comment counts", "it": "servono i conteggi dei commenti", "need": "posts"},
    "shares": {"en": "needs shares", "it": "servono le condivisioni", "need": "posts"},
    "saves": {"en": "needs saves", "it": "servono i salvataggi", "need": "posts"},
    "clicks": {"en": "needs clicks", "it": "servono i clic", "need": "posts"},
    "interactions": {"en": "needs reactions, comments, shares or saves",
                     "it": "servono reazioni, commenti, condivisioni o salvataggi", "need": "posts"},
    "sessions": {"en": "needs sessions", "it": "servono le sessioni", "need": "traffic"},
    "conversions": {"en": "needs conversions", "it": "servono le conversioni", "need": "traffic"},
    "revenue": {"en": "needs revenue", "it": "servono i ricavi", "need": "traffic"},
    # channel_scorecard verdict reasons; ``kpis`` are KPI keys, shown as their labels
    "verdict_no_data": {"en": "not enough data", "it": "dati insufficienti", "need": None},
    "verdict_keep": {"en": "meets {kpis}", "it": "raggiunge l'obiettivo per {kpis}", "need": None},
    "verdict_rethink": {"en": "below target on {kpis}", "it": "sotto l'obiettivo per {kpis}", "need": None},
}

#: code -> {"en": sentence, "it": sentence}; placeholders are filled from the note's params.
_NOTES: dict[str, _Sentences] = {
    "language_sample": {
        "en": "Audience languages were detected on a sample of {sample} of the period's {total} substantive comments.",
        "it": "Le lingue del pubblico sono state rilevate su un campione di {sample} dei {total} commenti "
              "sostanziali del periodo.",
    },
    "per_1k_left_out": {
        "en": "Figures per 1,000 followers leave out {platforms} (no followers series in the period).",
        "it": "I valori per 1.000 follower non includono {platforms} (nessuna serie di follower nel periodo).",
    },
    "manual_followers": {
        "en": "Followers of {platforms} are the count entered in the workspace settings, not a daily series: "
              "growth, spikes and monthly trends need a followers export.",
        "it": "I follower di {platforms} sono il numero inserito nelle impostazioni del workspace, non una serie "
              "giornaliera: crescita, picchi e andamenti mensili richiedono un export dei follower.",
    },
}

REASONS = MappingProxyType(_REASONS)
NOTES = MappingProxyType(_NOTES)
_BY_ENGLISH = {texts["en"]: ("reason", code) for code, texts in _REASONS.items() if "{" not in texts["en"]}


def _sentences(kind: str, code: str) -> _Sentences:
    """The English and Italian sentences of reason or note ``code``."""
    return _REASONS[code] if kind == "reason" else _NOTES[code]


def _coded(text: str | None) -> tuple[str, str, dict] | None:
    """(kind, code, params) of a reason or note: from a ``Coded`` value, or a plain English reason's sentence."""
    if text is None:
        return None
    if isinstance(text, Coded):
        return text.kind, text.code, text.params
    found = _BY_ENGLISH.get(str(text))
    return (*found, {}) if found else None


@overload
def reason_text(reason: str, lang: str = "en") -> str: ...


@overload
def reason_text(reason: None, lang: str = "en") -> None: ...


def reason_text(reason: str | None, lang: str = "en") -> str | None:
    """An unavailable KPI's reason (``report.reason(key)``) in ``lang`` ("en" or "it"); text without a known code
    is returned as it is.

    >>> reason_text(reason("threads"), "it")
    'servono i thread dei commenti'
    >>> reason_text("needs reach", "it")
    'serve la copertura'
    """
    found = _coded(reason)
    if found is None:
        return reason
    kind, code, params = found
    texts = _sentences(kind, code)
    return (texts["it"] if lang == "it" else texts["en"]).format(**_formatted(params, lang))


def reason_need(reason: str | None) -> str | None:
    """Which export would provide the missing input ("posts", "comments", "followers", "reach", "traffic"), or None
    when no export would (e.g. "no posts in the period")."""
    found = _coded(reason)
    return _REASONS[found[1]]["need"] if found and found[0] == "reason" else None


def note_text(note: str, lang: str = "en") -> str:
    """A report note (``report.notes``) in ``lang`` ("en" or "it"); text without a known code is returned as it is.

    >>> note_text(note("per_1k_left_out", platforms=["x", "tiktok"]), "it")
    'I valori per 1.000 follower non includono x, tiktok (nessuna serie di follower nel periodo).'
    """
    return reason_text(note, lang)
