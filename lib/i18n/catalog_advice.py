"""Strings of the advice (``lib/advice``): verdicts, actions, findings, goals, notes and the waiting list.

Every code that ``lib.advice`` can emit has its text here in English and Italian; ``tests/unit/test_advice.py``
fails on a code without one. Placeholders are filled with figures already formatted for the language.
"""

_EN = {
    # statuses and areas
    "advice.status.good": "Good",
    "advice.status.watch": "Watch",
    "advice.status.act": "Act",
    "advice.status.unknown": "Not enough data",
    "advice.area.conversation": "Conversation",
    "advice.area.responsiveness": "Answering people",
    "advice.area.community": "Community",
    "advice.area.continuity": "Continuity",
    "advice.area.authenticity": "Authenticity",
    "advice.area.channels": "Channels and return",
    # figures
    "advice.ratio.of10": "{n} of every 10",
    "advice.ratio.of100": "{n} of every 100",
    "advice.unit.minutes": "{n} min",
    "advice.unit.hours": "{n} h",
    "advice.unit.days": "{n} days",
    "advice.unit.day": "1 day",
    "advice.points": "{n} points",
    # verdicts: advice.verdict.<signal>.<status>
    "advice.verdict.networking_index.good": "You talk with people: {ratio} things you publish are replies to them.",
    "advice.verdict.networking_index.watch": "You mix posting and replying: {ratio} things you publish are replies to "
                                             "people.",
    "advice.verdict.networking_index.act": "You mostly broadcast: only {ratio} things you publish are replies to "
                                           "people.",
    "advice.verdict.conversation_share.good": "People talk back: your posts get {n} comments per 100 interactions, "
                                              "not just taps.",
    "advice.verdict.conversation_share.watch": "People mostly tap: your posts get {n} comments per 100 interactions.",
    "advice.verdict.conversation_share.act": "People only tap: your posts get just {n} comments per 100 "
                                             "interactions.",
    "advice.verdict.brand_response_rate.good": "You answer most people: {pct} of comments got a reply from you.",
    "advice.verdict.brand_response_rate.watch": "You answer about half of the people: {pct} of comments got a reply "
                                                "from you.",
    "advice.verdict.brand_response_rate.act": "Most people wait in vain: you answered only {pct} of comments.",
    "advice.verdict.brand_response_time_median_h.good": "You answer fast: half of your replies came within {hours}.",
    "advice.verdict.brand_response_time_median_h.watch": "Your answers take a while: half of them took longer than "
                                                         "{hours}.",
    "advice.verdict.brand_response_time_median_h.act": "Your answers come late: half of them took longer than "
                                                       "{hours}.",
    "advice.verdict.returning_commenter_share.good": "People come back: {ratio} people who comment do so on more "
                                                     "than one post.",
    "advice.verdict.returning_commenter_share.watch": "Few people come back: {ratio} people who comment do so on "
                                                      "more than one post.",
    "advice.verdict.returning_commenter_share.act": "Almost nobody comes back: {ratio} people who comment do so on "
                                                    "more than one post.",
    "advice.verdict.substantive_comment_share.good": "Comments say something: {ratio} are real sentences, not just "
                                                     "emoji or 'great'.",
    "advice.verdict.substantive_comment_share.watch": "Many comments are just emoji or 'great': {ratio} say "
                                                      "something.",
    "advice.verdict.substantive_comment_share.act": "Comments rarely say anything: only {ratio} are more than emoji "
                                                    "or 'great'.",
    "advice.verdict.active_week_share.good": "You post regularly: {posted} of {weeks} weeks had a post.",
    "advice.verdict.active_week_share.watch": "You post irregularly: {posted} of {weeks} weeks had a post.",
    "advice.verdict.active_week_share.act": "You post now and then: only {posted} of {weeks} weeks had a post.",
    "advice.verdict.longest_gap_days.good": "No long silences: the longest gap between two posts was {days}.",
    "advice.verdict.longest_gap_days.watch": "You went quiet for {days} in a row.",
    "advice.verdict.longest_gap_days.act": "You disappeared for {days} in a row.",
    "advice.verdict.follower_spike_days.good": "No suspicious jump in followers: no day brought far more followers "
                                               "than usual without people engaging.",
    "advice.verdict.follower_spike_days.noted": "{platform} gained {gained} followers on {date}; your note for that "
                                                "day: \u201c{note}\u201d.",
    "advice.verdict.follower_spike_days.act": "{platform} gained {gained} followers on {date} with {interactions} "
                                              "interactions: that looks bought, not earned.",
    "advice.verdict.follower_spike_days.good_gains_only": "No day with an unusual jump in followers (without post "
                                                          "figures, only the gains could be checked).",
    "advice.verdict.follower_spike_days.no_post": "{platform} gained {gained} followers on {date}, with no post of "
                                                  "yours that day or the next two to explain them: check where they "
                                                  "came from.",
    "advice.verdict.follower_spike_days.no_data": "{platform} gained {gained} followers on {date}, far more than on "
                                                  "a usual day. The data has no post figures for {platform} to show "
                                                  "whether people engaged: a posts export would tell.",
    "advice.verdict.active_week_share.none": "No post of yours in these {weeks} weeks is in the data. If you posted, "
                                             "import the posts export that covers them; if not, start again with "
                                             "one post a week.",
    "advice.verdict.hollow_growth.good": "Engagement keeps pace with your followers (gap {points}).",
    "advice.verdict.hollow_growth.watch": "Your followers grow faster than the people engaging: {points} apart.",
    "advice.verdict.hollow_growth.act": "Hollow growth: followers grew {points} faster than interactions from the "
                                        "first half of the period to the second.",
    "advice.verdict.channel_scorecard.good": "All {n} channels meet most of their targets.",
    "advice.verdict.channel_scorecard.good_one": "{platform} meets most of its targets.",
    "advice.verdict.channel_scorecard.good_one_traffic": "{platform} meets most of its targets and brought {sessions} "
                                                         "website visits.",
    "advice.verdict.channel_scorecard.good_traffic": "All {n} channels meet most of their targets and brought "
                                                     "{sessions} website visits.",
    "advice.verdict.channel_scorecard.watch_visits": "{platform} brings {share} of your website visits ({sessions} "
                                                     "of {total}) but little conversation: keep it, and change how "
                                                     "you talk there.",
    "advice.verdict.channel_scorecard.watch": "{platform} is below target on {kpis}, but takes only {posts_share} "
                                              "of your posts.",
    "advice.verdict.channel_scorecard.act": "{platform} takes {posts_share} of your posts but is below target on "
                                            "{kpis}.",
    "advice.verdict.channel_scorecard.unknown_visits": "Not enough data to judge: your website visits are here "
                                                       "({sessions} from social media), but no channel has posts or "
                                                       "comments in this period to weigh them against. A posts "
                                                       "export covering the period would provide them.",
    "advice.verdict.channel_scorecard.watch_no_posts": "{platform} is below target on {kpis}. A posts export would "
                                                       "show how much of your posting it takes.",
    "advice.verdict.unknown": "Not enough data to judge: {reason}. {need}",
    "advice.verdict.unknown_plain": "Not enough data to judge: {reason}.",
    "advice.verdict.unknown_bare": "Not enough data to judge this yet.",
    "advice.trend.previous": "It was {previous} in the previous period.",
    "advice.trend.previous_weeks": "In the previous period {share} of the weeks had a post.",
    "advice.trend.inside": "It went from {first} in the first months of the period to {last} in the last.",
    "advice.trend.no_post_after": "The data has no post after {date} ({days} to the end of the period): if you "
                                  "posted later, import the posts export that covers those days.",
    "advice.trend.no_post_before": "The first post in the data is from {date}, {days} after the start of the period: "
                                   "if you posted before, import the posts export that covers those days.",
    # actions
    "advice.action.answer_waiting.title": "Answer the comments waiting for a reply",
    "advice.action.answer_waiting.evidence": "{n} comments of this period have no reply from you yet, {questions} of "
                                             "them questions; the oldest has waited {age}.",
    "advice.action.answer_waiting.done": "Done when the Waiting for an answer list is empty, questions first.",
    "advice.action.answer_faster.title": "Answer more comments, and sooner",
    "advice.action.answer_faster.evidence": "You answered {rate} of comments ({answered} of {roots}); half of your "
                                            "replies took longer than {median}.",
    "advice.action.answer_faster.evidence_no_time": "You answered {rate} of comments ({answered} of {roots}).",
    "advice.action.answer_faster.evidence_fast": "You answered {rate} of comments ({answered} of {roots}); half of "
                                                 "your replies came within {median}.",
    "advice.action.answer_faster.title_more": "Answer more comments",
    "advice.action.answer_faster.title_sooner": "Answer sooner",
    "advice.action.answer_faster.done": "Done when you answer at least {target_rate} of comments and half of the "
                                        "replies come within {target_time}.",
    "advice.action.check_spike.title": "Check the follower jump of {date}",
    "advice.action.check_spike.evidence": "{platform} gained {gained} followers on {date} while that day's posts "
                                          "got {interactions} interactions, no more than usual (nor on the next two "
                                          "days).",
    "advice.action.check_spike.evidence_no_post": "{platform} gained {gained} followers on {date}, and you "
                                                  "published nothing that day or the next two.",
    "advice.action.check_spike.evidence_no_data": "{platform} gained {gained} followers on {date}, far more than "
                                                  "usual; without post figures for {platform} there is no telling "
                                                  "whether people engaged that day.",
    "advice.action.check_spike.round": "{gained} is a round number, as bought followers often are.",
    "advice.action.check_spike.others": "{n} more days look the same.",
    "advice.action.check_spike.done": "Done when you know where they came from: if it was a campaign, add a note on "
                                      "that day (Workspaces); if not, report the fake accounts to {platform} and judge "
                                      "your growth without them.",
    "advice.action.post_regularly.title": "Post regularly, with no silence over a week",
    "advice.action.post_regularly.evidence": "The longest silence between two posts lasted {days}; {silent} of "
                                             "{weeks} weeks had no post.",
    "advice.action.post_regularly.evidence_no_gap": "{silent} of {weeks} weeks had no post.",
    "advice.action.post_regularly.done": "Done when every week has at least one post and no silence lasts more than "
                                         "a week.",
    "advice.action.ask_questions.title": "Ask questions in your posts",
    "advice.action.ask_questions.evidence": "Posts that ask a question got {lift} times the comments of the others "
                                            "({mean_q} against {mean_s} per post), yet only {questions} of {posts} "
                                            "posts asked one.",
    "advice.action.ask_questions.done": "Done when at least one post in three asks a question.",
    "advice.action.channel_keep.title": "Keep {platform} for the visits, change how you talk there",
    "advice.action.channel_keep.evidence": "{platform} brought {sessions} of your {total} website visits ({share}), "
                                           "but its posts get only {n} comments per 100 interactions.",
    "advice.action.channel_keep.answered": "You answered {rate} of its comments.",
    "advice.action.channel_keep.done": "Done when posts on {platform} get at least {target} comments per 100 "
                                       "interactions and you answer half of them, while the visits hold.",
    "advice.action.channel_rethink.title": "Rethink {platform}",
    "advice.action.channel_rethink.evidence": "{platform} takes {posts_share} of your posts ({posts}) but is below "
                                              "target on {kpis}.",
    "advice.action.channel_rethink.evidence_no_posts": "{platform} is below target on {kpis}.",
    "advice.action.channel_rethink.visits": "It brought {share} of your website visits.",
    "advice.action.channel_rethink.done": "Done when {platform} meets most of its targets next period, or its posts "
                                          "move to {best}, where people talk more.",
    "advice.action.channel_rethink.done_alone": "Done when {platform} meets most of its targets next period.",
    "advice.action.none": "Nothing urgent: keep doing what works.",
    "advice.action.none_partial": "Nothing urgent in what your data shows. The areas marked Not enough data need "
                                  "the exports named there before they can be judged.",
    "advice.action.none_without_data": "No action can be judged without the data: import the exports named above.",
    "advice.page": "See {page}",
    # goals
    "advice.goal.at_least": "at least {target}",
    "advice.goal.at_most": "at most {target}",
    "advice.goal.by": "{goal} by {date}",
    "advice.goal.met": "{label}: {value}, goal {goal}: reached.",
    "advice.goal.missed": "{label}: {value}, goal {goal}: {gap} to go.",
    "advice.goal.na": "{label}: n/a ({reason}), goal {goal}.",
    "advice.goal.title": "Goals",
    "advice.goal.overdue": "{label}: {value}, goal {goal}: {gap} short, and that day has passed.",
    "advice.goal.short_met": "Your goal ({goal}) is reached.",
    "advice.goal.short_missed": "Your goal is {goal}: {gap} to go.",
    "advice.goal.short_overdue": "Your goal was {goal}: still {gap} short.",
    "advice.action.reach_goal.title": "Reach your goal for {kpi}",
    "advice.action.reach_goal.done": "Done when {kpi} is {goal}.",
    "advice.finding.goals_missed": "Goals reached: {met} of {n}. Furthest off: {progress}",
    "advice.finding.goals_met": "Goals reached: all {n}.",
    "advice.finding.goals_some": "Goals reached: {met} of {n}; the others cannot be measured with this data.",
    "advice.area.goals": "Goals",
    # notes on dates
    "advice.note.title": "Notes on dates",
    "advice.note.on_day": "{date}: {text}",
    # the waiting list
    "overview.actions": "What to do first",
    "waiting.title": "Waiting for an answer",
    "waiting.nav": "Waiting for an answer ({n})",
    "waiting.intro": "Comments from your audience in this period that start a conversation nobody from your side has "
                     "answered yet: questions first, then the oldest.",
    "waiting.count": "{n} comments are waiting, {questions} of them questions.",
    "waiting.none": "Every comment of this period that started a conversation has a reply from you.",
    "waiting.none_in_period": "No comment of this period starts a conversation, so nobody can be seen waiting. Your "
                              "comment threads run from {first} to {last}: choose a period inside them in the "
                              "sidebar, or import newer comments.",
    "waiting.no_threads": "This workspace has no comment threads, so nobody can be seen waiting. Meta, LinkedIn, "
                          "TikTok and YouTube exports carry only comment counts. Connect an account (Connect page), "
                          "or import an export with comments and replies: a WordPress export (.xml), a support-threads "
                          "file (twcs layout) or a Conversa comments CSV.",
    "waiting.filter": "Platform",
    "waiting.all": "All platforms",
    "waiting.download": "Download the list (CSV)",
    "col.waited": "Waiting for",
    "col.question": "Question",
    "col.post": "Post",
    "waiting.as_of": "Ages are counted up to {moment}, the newest moment in the data.",
    # goals and notes section (Workspaces page)
    "verdict.keep_visits": "keep for the visits",
    "audience.spikes_noted": "{n} spike day(s) have your note, so they are read as explained, not as suspicious.",
    "col.note": "Your note",
    "audience.reason_no_posts": "many new followers, no post figures to compare with",
    "audience.spikes_unjudged": "{n} day(s) brought far more followers than usual, but the data has no post figures "
                                "to show whether people engaged: a posts export would tell.",
    "goals.title": "Goals and notes",
    "goals.caption": "Targets you set for this workspace, and what happened on given days. The verdicts, the "
                     "actions, every time chart and the workbook read them.",
    "goals.goals": "Goals",
    "goals.none": "No goal yet. Set one below, for example a brand response rate of at least 60%.",
    "goals.progress_period": "Where each goal stands in the period chosen in the sidebar ({period}).",
    "goals.kpi": "KPI",
    "goals.op": "It should be",
    "goals.op.at_least": "at least",
    "goals.op.at_most": "at most",
    "goals.target": "Target ({unit})",
    "goals.unit.pct": "%",
    "goals.unit.hours": "hours",
    "goals.unit.days": "days",
    "goals.unit.number": "number",
    "goals.due_set": "By a date",
    "goals.due": "Date",
    "goals.set": "Set the goal",
    "goals.set_done": "Goal set for {kpi}.",
    "goals.remove": "Remove",
    "goals.removed": "Goal for {kpi} removed.",
    "goals.undo": "Undo the last change",
    "goals.undone": "Undone: {change}.",
    "goals.last_change": "Last change: {change}.",
    "goals.change.goal.added": "the goal for {what} was set",
    "goals.change.goal.changed": "the goal for {what} was changed",
    "goals.change.goal.removed": "the goal for {what} was removed",
    "goals.change.note.added": "the note of {what} was added",
    "goals.change.note.changed": "the note of {what} was changed",
    "goals.change.note.removed": "the note of {what} was removed",
    "notes.none": "No note yet. Add what happened on a day (a campaign, a giveaway, a TV spot, the shop closed): "
                  "it shows on every time chart, and a follower jump on that day is read with it.",
    "notes.day": "Day",
    "notes.platform": "Platform",
    "notes.all": "All platforms",
    "notes.text": "What happened",
    "notes.placeholder": "Giveaway with the local radio",
    "notes.add": "Add the note",
    "notes.added": "Note added for {date}.",
    "notes.removed": "Note of {date} removed.",
}

_IT = {
    "advice.status.good": "Bene",
    "advice.status.watch": "Da seguire",
    "advice.status.act": "Da fare",
    "advice.status.unknown": "Dati insufficienti",
    "advice.area.conversation": "Conversazione",
    "advice.area.responsiveness": "Risposte alle persone",
    "advice.area.community": "Comunità",
    "advice.area.continuity": "Continuità",
    "advice.area.authenticity": "Autenticità",
    "advice.area.channels": "Canali e ritorno",
    "advice.ratio.of10": "{n} su 10",
    "advice.ratio.of100": "{n} su 100",
    "advice.unit.minutes": "{n} min",
    "advice.unit.hours": "{n} h",
    "advice.unit.days": "{n} giorni",
    "advice.unit.day": "1 giorno",
    "advice.points": "{n} punti",
    "advice.verdict.networking_index.good": "Parlate con le persone: {ratio} delle cose che pubblicate sono risposte.",
    "advice.verdict.networking_index.watch": "Alternate post e risposte: {ratio} delle cose che pubblicate sono "
                                             "risposte alle persone.",
    "advice.verdict.networking_index.act": "Soprattutto trasmettete: solo {ratio} delle cose che pubblicate sono "
                                           "risposte alle persone.",
    "advice.verdict.conversation_share.good": "Le persone vi rispondono: i vostri post ricevono {n} commenti ogni 100 "
                                              "interazioni, non solo tocchi.",
    "advice.verdict.conversation_share.watch": "Le persone soprattutto toccano: i vostri post ricevono {n} commenti "
                                               "ogni 100 interazioni.",
    "advice.verdict.conversation_share.act": "Le persone si limitano a un tocco: i vostri post ricevono solo {n} "
                                             "commenti ogni 100 interazioni.",
    "advice.verdict.brand_response_rate.good": "Rispondete alla maggior parte delle persone: il {pct} dei commenti ha "
                                               "avuto una vostra risposta.",
    "advice.verdict.brand_response_rate.watch": "Rispondete a circa metà delle persone: il {pct} dei commenti ha avuto "
                                                "una vostra risposta.",
    "advice.verdict.brand_response_rate.act": "La maggior parte delle persone aspetta invano: avete risposto solo al "
                                              "{pct} dei commenti.",
    "advice.verdict.brand_response_time_median_h.good": "Rispondete in fretta: metà delle risposte è arrivata entro "
                                                        "{hours}.",
    "advice.verdict.brand_response_time_median_h.watch": "Le vostre risposte si fanno attendere: metà ha richiesto "
                                                         "più di {hours}.",
    "advice.verdict.brand_response_time_median_h.act": "Le vostre risposte arrivano tardi: metà ha richiesto più di "
                                                       "{hours}.",
    "advice.verdict.returning_commenter_share.good": "Le persone tornano: tra chi commenta, {ratio} lo fanno su più "
                                                     "di un post.",
    "advice.verdict.returning_commenter_share.watch": "Tornano in pochi: tra chi commenta, {ratio} lo fanno su più di "
                                                      "un post.",
    "advice.verdict.returning_commenter_share.act": "Non torna quasi nessuno: tra chi commenta, {ratio} lo fanno su "
                                                    "più di un post.",
    "advice.verdict.substantive_comment_share.good": "I commenti dicono qualcosa: {ratio} sono frasi vere, non solo "
                                                     "emoji o 'bravi'.",
    "advice.verdict.substantive_comment_share.watch": "Molti commenti sono solo emoji o 'bravi': {ratio} dicono "
                                                      "qualcosa.",
    "advice.verdict.substantive_comment_share.act": "I commenti dicono di rado qualcosa: solo {ratio} sono più di "
                                                    "emoji o 'bravi'.",
    "advice.verdict.active_week_share.good": "Pubblicate con regolarità: {posted} settimane su {weeks} hanno un post.",
    "advice.verdict.active_week_share.watch": "Pubblicate in modo irregolare: {posted} settimane su {weeks} hanno un "
                                              "post.",
    "advice.verdict.active_week_share.act": "Pubblicate ogni tanto: solo {posted} settimane su {weeks} hanno un post.",
    "advice.verdict.longest_gap_days.good": "Nessun lungo silenzio: la pausa più lunga tra due post è stata di {days}.",
    "advice.verdict.longest_gap_days.watch": "Siete rimasti in silenzio per {days} di fila.",
    "advice.verdict.longest_gap_days.act": "Siete spariti per {days} di fila.",
    "advice.verdict.follower_spike_days.good": "Nessun salto sospetto di follower: nessun giorno ha portato molti "
                                               "più follower del solito senza persone che interagivano.",
    "advice.verdict.follower_spike_days.noted": "{platform} ha guadagnato {gained} follower il {date}; la vostra nota "
                                                "per quel giorno: \u201c{note}\u201d.",
    "advice.verdict.follower_spike_days.act": "{platform} ha guadagnato {gained} follower il {date} con {interactions} "
                                              "interazioni: sembrano comprati, non conquistati.",
    "advice.verdict.follower_spike_days.good_gains_only": "Nessun giorno con un salto insolito di follower (senza "
                                                          "le cifre dei post si sono potute controllare solo le "
                                                          "crescite).",
    "advice.verdict.follower_spike_days.no_post": "{platform} ha guadagnato {gained} follower il {date}, senza un "
                                                  "vostro post quel giorno o nei due successivi che li spieghi: "
                                                  "verificate da dove arrivano.",
    "advice.verdict.follower_spike_days.no_data": "{platform} ha guadagnato {gained} follower il {date}, molti più "
                                                  "di un giorno normale. Nei dati mancano le cifre dei post di "
                                                  "{platform} per vedere se le persone hanno interagito: lo direbbe "
                                                  "un export dei post.",
    "advice.verdict.active_week_share.none": "Nei dati non c'è nessun vostro post in queste {weeks} settimane. Se "
                                             "avete pubblicato, importate l'export dei post che le copre; se no, "
                                             "ripartite con un post a settimana.",
    "advice.verdict.hollow_growth.good": "Il coinvolgimento tiene il passo dei follower (scarto {points}).",
    "advice.verdict.hollow_growth.watch": "I follower crescono più in fretta delle persone che interagiscono: "
                                          "{points} di scarto.",
    "advice.verdict.hollow_growth.act": "Crescita vuota: dalla prima alla seconda metà del periodo i follower sono "
                                        "cresciuti {points} più delle interazioni.",
    "advice.verdict.channel_scorecard.good": "Tutti i {n} canali raggiungono la maggior parte dei loro obiettivi.",
    "advice.verdict.channel_scorecard.good_one": "{platform} raggiunge la maggior parte dei suoi obiettivi.",
    "advice.verdict.channel_scorecard.good_one_traffic": "{platform} raggiunge la maggior parte dei suoi obiettivi e "
                                                         "ha portato {sessions} visite al sito.",
    "advice.verdict.channel_scorecard.good_traffic": "Tutti i {n} canali raggiungono la maggior parte dei loro "
                                                     "obiettivi e hanno portato {sessions} visite al sito.",
    "advice.verdict.channel_scorecard.watch_visits": "{platform} porta il {share} delle visite al sito ({sessions} su "
                                                     "{total}) ma poca conversazione: tenetelo, e cambiate il modo in "
                                                     "cui ci parlate.",
    "advice.verdict.channel_scorecard.watch": "{platform} è sotto l'obiettivo per {kpis}, ma pesa solo il "
                                              "{posts_share} dei vostri post.",
    "advice.verdict.channel_scorecard.act": "{platform} pesa il {posts_share} dei vostri post ma è sotto l'obiettivo "
                                            "per {kpis}.",
    "advice.verdict.channel_scorecard.unknown_visits": "Dati insufficienti per un giudizio: le visite al sito ci sono "
                                                       "({sessions} dai social), ma nessun canale ha post o commenti "
                                                       "in questo periodo con cui confrontarle. Li fornirebbe un "
                                                       "export dei post che copra il periodo.",
    "advice.verdict.channel_scorecard.watch_no_posts": "{platform} è sotto l'obiettivo per {kpis}. Un export dei "
                                                       "post mostrerebbe quanta parte delle vostre pubblicazioni "
                                                       "occupa.",
    "advice.verdict.unknown": "Dati insufficienti per un giudizio: {reason}. {need}",
    "advice.verdict.unknown_plain": "Dati insufficienti per un giudizio: {reason}.",
    "advice.verdict.unknown_bare": "Non ci sono ancora dati sufficienti per un giudizio.",
    "advice.trend.previous": "Nel periodo precedente era {previous}.",
    "advice.trend.previous_weeks": "Nel periodo precedente il {share} delle settimane aveva un post.",
    "advice.trend.inside": "È passato dal {first} nei primi mesi del periodo al {last} negli ultimi.",
    "advice.trend.no_post_after": "Nei dati non ci sono post dopo il {date} ({days} fino alla fine del periodo): se "
                                  "avete pubblicato dopo, importate l'export dei post che copre quei giorni.",
    "advice.trend.no_post_before": "Il primo post nei dati è del {date}, {days} dopo l'inizio del periodo: se avete "
                                   "pubblicato prima, importate l'export dei post che copre quei giorni.",
    "advice.action.answer_waiting.title": "Rispondete ai commenti che aspettano una risposta",
    "advice.action.answer_waiting.evidence": "{n} commenti di questo periodo non hanno ancora una vostra risposta, "
                                             "{questions} dei quali sono domande; il più vecchio aspetta da {age}.",
    "advice.action.answer_waiting.done": "Fatto quando l'elenco In attesa di risposta è vuoto, a partire dalle "
                                         "domande.",
    "advice.action.answer_faster.title": "Rispondete a più commenti, e prima",
    "advice.action.answer_faster.evidence": "Avete risposto al {rate} dei commenti ({answered} su {roots}); metà delle "
                                            "risposte ha richiesto più di {median}.",
    "advice.action.answer_faster.evidence_no_time": "Avete risposto al {rate} dei commenti ({answered} su {roots}).",
    "advice.action.answer_faster.evidence_fast": "Avete risposto al {rate} dei commenti ({answered} su {roots}); "
                                                 "metà delle risposte è arrivata entro {median}.",
    "advice.action.answer_faster.title_more": "Rispondete a più commenti",
    "advice.action.answer_faster.title_sooner": "Rispondete prima",
    "advice.action.answer_faster.done": "Fatto quando rispondete ad almeno il {target_rate} dei commenti e metà delle "
                                        "risposte arriva entro {target_time}.",
    "advice.action.check_spike.title": "Verificate il salto di follower del {date}",
    "advice.action.check_spike.evidence": "{platform} ha guadagnato {gained} follower il {date}, mentre i post di "
                                          "quel giorno hanno avuto {interactions} interazioni, non più del solito "
                                          "(né nei due giorni successivi).",
    "advice.action.check_spike.evidence_no_post": "{platform} ha guadagnato {gained} follower il {date}, e voi non "
                                                  "avete pubblicato nulla quel giorno né nei due successivi.",
    "advice.action.check_spike.evidence_no_data": "{platform} ha guadagnato {gained} follower il {date}, molti più "
                                                  "del solito; senza le cifre dei post di {platform} non si può "
                                                  "sapere se le persone hanno interagito quel giorno.",
    "advice.action.check_spike.round": "{gained} è un numero tondo, come spesso lo sono i follower comprati.",
    "advice.action.check_spike.others": "Altri {n} giorni sembrano uguali.",
    "advice.action.check_spike.done": "Fatto quando sapete da dove arrivano: se era una campagna, aggiungete una nota "
                                      "su quel giorno (Spazi di lavoro); altrimenti segnalate gli account falsi a "
                                      "{platform} e valutate la crescita senza di loro.",
    "advice.action.post_regularly.title": "Pubblicate con regolarità, senza silenzi oltre una settimana",
    "advice.action.post_regularly.evidence": "Il silenzio più lungo tra due post è durato {days}; {silent} "
                                             "settimane su {weeks} non hanno avuto post.",
    "advice.action.post_regularly.evidence_no_gap": "{silent} settimane su {weeks} non hanno avuto post.",
    "advice.action.post_regularly.done": "Fatto quando ogni settimana ha almeno un post e nessun silenzio supera una "
                                         "settimana.",
    "advice.action.ask_questions.title": "Fate domande nei vostri post",
    "advice.action.ask_questions.evidence": "I post che fanno una domanda hanno avuto {lift} volte i commenti degli "
                                            "altri ({mean_q} contro {mean_s} per post), eppure solo {questions} post "
                                            "su {posts} ne facevano una.",
    "advice.action.ask_questions.done": "Fatto quando almeno un post su tre fa una domanda.",
    "advice.action.channel_keep.title": "Tenete {platform} per le visite, cambiate il modo in cui ci parlate",
    "advice.action.channel_keep.evidence": "{platform} ha portato {sessions} delle vostre {total} visite al sito "
                                           "({share}), ma i suoi post ricevono solo {n} commenti ogni 100 "
                                           "interazioni.",
    "advice.action.channel_keep.answered": "Avete risposto al {rate} dei suoi commenti.",
    "advice.action.channel_keep.done": "Fatto quando i post su {platform} ricevono almeno {target} commenti ogni 100 "
                                       "interazioni e rispondete a metà di essi, mantenendo le visite.",
    "advice.action.channel_rethink.title": "Ripensate {platform}",
    "advice.action.channel_rethink.evidence": "{platform} pesa il {posts_share} dei vostri post ({posts}) ma è sotto "
                                              "l'obiettivo per {kpis}.",
    "advice.action.channel_rethink.evidence_no_posts": "{platform} è sotto l'obiettivo per {kpis}.",
    "advice.action.channel_rethink.visits": "Ha portato il {share} delle visite al sito.",
    "advice.action.channel_rethink.done": "Fatto quando {platform} raggiunge la maggior parte dei suoi obiettivi nel "
                                          "prossimo periodo, o i suoi post passano a {best}, dove le persone parlano "
                                          "di più.",
    "advice.action.channel_rethink.done_alone": "Fatto quando {platform} raggiunge la maggior parte dei suoi "
                                                "obiettivi nel prossimo periodo.",
    "advice.action.none": "Niente di urgente: continuate con ciò che funziona.",
    "advice.action.none_partial": "Niente di urgente in ciò che mostrano i vostri dati. Le aree con Dati "
                                  "insufficienti hanno bisogno degli export indicati lì per essere valutate.",
    "advice.action.none_without_data": "Senza i dati nessuna azione può essere valutata: importate gli export "
                                       "indicati sopra.",
    "advice.page": "Vedi {page}",
    "advice.goal.at_least": "almeno {target}",
    "advice.goal.at_most": "al massimo {target}",
    "advice.goal.by": "{goal} entro il {date}",
    "advice.goal.met": "{label}: {value}, obiettivo {goal}: raggiunto.",
    "advice.goal.missed": "{label}: {value}, obiettivo {goal}: mancano {gap}.",
    "advice.goal.na": "{label}: n.d. ({reason}), obiettivo {goal}.",
    "advice.goal.title": "Obiettivi",
    "advice.goal.overdue": "{label}: {value}, obiettivo {goal}: mancano {gap}, e la data è passata.",
    "advice.goal.short_met": "Il vostro obiettivo ({goal}) è raggiunto.",
    "advice.goal.short_missed": "Il vostro obiettivo è {goal}: mancano {gap}.",
    "advice.goal.short_overdue": "Il vostro obiettivo era {goal}: mancano ancora {gap}.",
    "advice.action.reach_goal.title": "Raggiungete il vostro obiettivo per {kpi}",
    "advice.action.reach_goal.done": "Fatto quando {kpi} è {goal}.",
    "advice.finding.goals_missed": "Obiettivi raggiunti: {met} su {n}. Il più lontano: {progress}",
    "advice.finding.goals_met": "Obiettivi raggiunti: tutti e {n}.",
    "advice.finding.goals_some": "Obiettivi raggiunti: {met} su {n}; gli altri non si possono misurare con questi "
                                 "dati.",
    "advice.area.goals": "Obiettivi",
    "advice.note.title": "Note sulle date",
    "advice.note.on_day": "{date}: {text}",
    "overview.actions": "Cosa fare per primo",
    "waiting.title": "In attesa di risposta",
    "waiting.nav": "In attesa di risposta ({n})",
    "waiting.intro": "I commenti del pubblico di questo periodo che aprono una conversazione a cui nessuno di voi ha "
                     "ancora risposto: prima le domande, poi i più vecchi.",
    "waiting.count": "{n} commenti sono in attesa, {questions} dei quali sono domande.",
    "waiting.none": "Ogni commento di questo periodo che ha aperto una conversazione ha una vostra risposta.",
    "waiting.none_in_period": "Nessun commento di questo periodo apre una conversazione, quindi non si vede chi "
                              "aspetta. I vostri thread di commenti vanno dal {first} al {last}: scegliete un "
                              "periodo al loro interno nella barra laterale, o importate commenti più recenti.",
    "waiting.no_threads": "Questo spazio di lavoro non ha thread di commenti, quindi non si vede chi aspetta. Gli "
                          "export di Meta, LinkedIn, TikTok e YouTube contengono solo il numero dei commenti. Collegate "
                          "un account (pagina Collega), oppure importate un export con commenti e risposte: un export "
                          "di WordPress (.xml), un file di thread di assistenza (formato twcs) o un CSV dei commenti di "
                          "Conversa.",
    "waiting.filter": "Piattaforma",
    "waiting.all": "Tutte le piattaforme",
    "waiting.download": "Scarica l'elenco (CSV)",
    "col.waited": "In attesa da",
    "col.question": "Domanda",
    "col.post": "Post",
    "waiting.as_of": "Le attese sono contate fino al {moment}, il momento più recente nei dati.",
    # sezione obiettivi e note (pagina Spazi di lavoro)
    "verdict.keep_visits": "da tenere per le visite",
    "audience.spikes_noted": "{n} giorno/i di picco hanno una vostra nota: sono letti come spiegati, non come "
                             "sospetti.",
    "col.note": "La vostra nota",
    "audience.reason_no_posts": "molti nuovi follower, nessuna cifra dei post con cui confrontarli",
    "audience.spikes_unjudged": "In {n} giorno/i sono arrivati molti più follower del solito, ma nei dati mancano le "
                                "cifre dei post per vedere se le persone hanno interagito: lo direbbe un export dei "
                                "post.",
    "goals.title": "Obiettivi e note",
    "goals.caption": "I traguardi che fissate per questo spazio di lavoro, e cosa è successo in certi giorni. Li "
                     "leggono i giudizi, le azioni, ogni grafico nel tempo e la cartella di lavoro.",
    "goals.goals": "Obiettivi",
    "goals.none": "Ancora nessun obiettivo. Fissatene uno qui sotto, per esempio un tasso di risposta di almeno il "
                  "60%.",
    "goals.progress_period": "A che punto è ogni obiettivo nel periodo scelto nella barra laterale ({period}).",
    "goals.kpi": "KPI",
    "goals.op": "Deve essere",
    "goals.op.at_least": "almeno",
    "goals.op.at_most": "al massimo",
    "goals.target": "Traguardo ({unit})",
    "goals.unit.pct": "%",
    "goals.unit.hours": "ore",
    "goals.unit.days": "giorni",
    "goals.unit.number": "numero",
    "goals.due_set": "Entro una data",
    "goals.due": "Data",
    "goals.set": "Fissa l'obiettivo",
    "goals.set_done": "Obiettivo fissato per {kpi}.",
    "goals.remove": "Togli",
    "goals.removed": "Obiettivo per {kpi} tolto.",
    "goals.undo": "Annulla l'ultima modifica",
    "goals.undone": "Annullato: {change}.",
    "goals.last_change": "Ultima modifica: {change}.",
    "goals.change.goal.added": "l'obiettivo per {what} è stato fissato",
    "goals.change.goal.changed": "l'obiettivo per {what} è stato cambiato",
    "goals.change.goal.removed": "l'obiettivo per {what} è stato tolto",
    "goals.change.note.added": "la nota del {what} è stata aggiunta",
    "goals.change.note.changed": "la nota del {what} è stata cambiata",
    "goals.change.note.removed": "la nota del {what} è stata tolta",
    "notes.none": "Ancora nessuna nota. Aggiungete cosa è successo in un giorno (una campagna, un concorso, uno spot "
                  "in TV, il negozio chiuso): compare su ogni grafico nel tempo, e un salto di follower in quel "
                  "giorno viene letto insieme alla nota.",
    "notes.day": "Giorno",
    "notes.platform": "Piattaforma",
    "notes.all": "Tutte le piattaforme",
    "notes.text": "Cosa è successo",
    "notes.placeholder": "Concorso con la radio locale",
    "notes.add": "Aggiungi la nota",
    "notes.added": "Nota aggiunta per il {date}.",
    "notes.removed": "Nota del {date} tolta.",
}

STRINGS = {"en": _EN, "it": _IT}
