"""Regression table: real sentences -> the statements the extractor must (and must not) emit.

Each row runs the real spaCy model through the whole per-document analysis
(mentions, references, triggers, negation, modality, attribution). Keys are the
resolver's canonical keys (``state:<ISO>``, ``org:<id>``, ``person:<name>``).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from kg.gazetteer import load_gazetteer
from kg.lexicon import load_lexicon
from kg.model import Document
from kg.nlp import iter_parsed, load_nlp
from kg.resolve import analyze_document, resolve


def analyze(text: str):
    doc = Document("doc-test", "test.txt", text)
    segments = [(d, seg.offset) for d, seg in iter_parsed([doc], load_nlp())]
    return analyze_document(doc, segments, load_gazetteer(), load_lexicon())


def statements(text: str) -> set[tuple]:
    r = analyze(text)
    return {(s.subject, s.relation, s.object, s.polarity, s.modality) for s in r.statements}


HU, UA, RU, US, DE, NATO, EU = "state:HU", "state:UA", "state:RU", "state:US", "state:DE", "org:nato", "org:european-union"

# (sentence, statements that must be present, (subject, relation, object, polarity) that must be absent)
TABLE = [
    # --- negation in its forms
    ("Hungary will not fund the NATO mission in Ukraine.", [(HU, "Fund", "init:nato mission in ukraine", "negative", "intended")], [(HU, "Fund", "init:nato mission in ukraine", "positive")]),
    ("Hungary will neither block nor participate in the NATO support for Ukraine.",
     [(HU, "Block", "init:nato support for ukraine", "negative", "intended"),
      (HU, "Participate", "init:nato support for ukraine", "negative", "intended")],
     [(HU, "Block", "init:nato support for ukraine", "positive"), (HU, "Participate", "init:nato support for ukraine", "positive")]),
    ("In exchange, Hungary agreed not to veto deeper NATO military aid to Ukraine.",
     [(HU, "Block", "init:nato military aid to ukraine", "negative", "intended")], [(HU, "Block", "init:nato military aid to ukraine", "positive")]),
    ("Budapest refused to allow NATO countries to use its territory.", [(HU, "Allow", NATO, "negative", "asserted")], [(HU, "Allow", NATO, "positive")]),
    # (troops withheld from a state are military help withheld, as the gold sets have it)
    ("Germany ruled out sending ground troops to Ukraine.", [(DE, "ProvideMilitaryAid", UA, "negative", "intended")],
     [(DE, "ProvideMilitaryAid", UA, "positive"), (DE, "Participate", UA, "positive")]),
    ("The United States stopped short of endorsing military action against Iran.", [(US, "Support", "init:military action against iran", "negative", "asserted")], []),
    ("Hungary has yet to approve the aid package for Ukraine.", [(HU, "Agree", "init:aid package for ukraine", "negative", "asserted")], [(HU, "Agree", "init:aid package for ukraine", "positive")]),
    ("Ukraine has been unable to join NATO.", [(UA, "MemberOf", NATO, "negative", "asserted")], [(UA, "MemberOf", NATO, "positive")]),
    ("Hungary does not ship weapons to Ukraine.", [(HU, "ProvideMilitaryAid", UA, "negative", "asserted")], [(HU, "ProvideMilitaryAid", UA, "positive")]),
    ("Hungary will not fund or arm Ukraine.", [(HU, "Fund", UA, "negative", "intended"), (HU, "ProvideMilitaryAid", UA, "negative", "intended")], []),
    ("Turkey no longer objects to Sweden's membership.", [("state:TR", "Oppose", "state:SE", "negative", "asserted")], [("state:TR", "Oppose", "state:SE", "positive")]),
    ("Russia is unlikely to attack NATO.", [(RU, "Attack", NATO, "negative", "possible")], [(RU, "Attack", NATO, "positive")]),
    ("Moscow denied that it had blocked the aid convoy.", [(RU, "Block", "init:aid convoy", "negative", "asserted")], [(RU, "Block", "init:aid convoy", "positive")]),
    # --- traps that are not negations of the act
    # "did not … until July": it happened, in July
    ("Germany did not send tanks to Ukraine until January.", [(DE, "ProvideMilitaryAid", UA, "positive", "asserted")],
     [(DE, "ProvideMilitaryAid", UA, "negative")]),
    ("Hungary will not lift its veto until Sweden changes its laws.", [], [(HU, "Block", "state:SE", "negative")]),
    ("The EU did not rule out sanctions on Iran.", [(EU, "Sanction", "state:IR", "positive", "possible")], [(EU, "Sanction", "state:IR", "negative")]),
    ("Berlin declined to say whether it would supply tanks to Ukraine.", [], [(DE, "ProvideMilitaryAid", UA, "positive"), (DE, "ProvideMilitaryAid", UA, "negative")]),
    # "prevented X from joining", "has not stopped X from selling": X's act (kept from it, or
    # not), never the stopper's
    ("Turkey prevented Sweden from joining NATO for a year.",
     [("state:SE", "MemberOf", NATO, "negative", "asserted")], [("state:TR", "MemberOf", NATO, "positive")]),
    ("Berlin has not stopped Rheinmetall from selling arms to Kyiv.",
     [("org:n:rheinmetall", "ProvideMilitaryAid", UA, "positive", "asserted")],
     [(DE, "ProvideMilitaryAid", UA, "positive"), (DE, "ProvideMilitaryAid", UA, "negative")]),
    # a hyphenated acronym the model tags as a person is a body ("ZANU-PF", "SPLM-IO")
    ("Emmerson Mnangagwa, who leads ZANU-PF, addressed supporters in Harare on Sunday.",
     [("person:emmerson mnangagwa", "LeaderOf", "org:n:zanu pf", "positive", "asserted")], []),
    # warning someone of what they could face threatens them (not a warning about one's own harm)
    ("Brussels warned Budapest it could face legal action.", [(EU, "Threaten", HU, "positive", "asserted")], []),
    ("Moscow warned Oslo of countermeasures.", [(RU, "Threaten", "state:NO", "positive", "asserted")], []),
    ("Beijing warned Washington that tariffs would hurt both economies.", [], [("state:CN", "Threaten", US, "positive")]),
    # ties that were are not ties that are
    ("Serbia, a former ally of Russia, joined the bloc.", [], [("state:RS", "Cooperate", "state:RU", "positive")]),
    # more verbs of blame: lashing out at, complaining about, protesting against, faulting
    ("Ilham Aliyev also lashed out at France.", [("person:ilham aliyev", "Criticize", "state:FR", "positive", "asserted")], []),
    ("Ghana complained about Togo's border rules.", [("state:GH", "Criticize", "state:TG", "positive", "asserted")], []),
    ("Manila protested against the Chinese manoeuvres.", [("state:PH", "Criticize", "state:CN", "positive", "asserted")], []),
    ("Paris faulted Algiers for the delay.", [("state:FR", "Criticize", "state:DZ", "positive", "asserted")], []),
    # a measure imposed in batches is still imposed ("several rounds of sanctions")
    ("Canada has slapped several rounds of sanctions on Nicaragua.", [("state:CA", "Sanction", "state:NI", "positive", "asserted")], []),
    ("Tokyo imposed a fresh package of sanctions on Pyongyang.", [("state:JP", "Sanction", "state:KP", "positive", "asserted")], []),
    # an acronym the parser takes for a passive auxiliary is still the subject
    ("IGAD called on Salva Kiir to free Riek Machar.", [("org:igad", "Request", "person:salva kiir", "positive", "asserted")], []),
    # an ally or partner cooperates: a body that is no bloc, "its ally X", "a longtime Hamas ally"
    ("The EU is Morocco's largest trading partner.", [(EU, "Cooperate", "state:MA", "positive", "asserted")], []),
    ("Paris and its ally Chad held joint drills.", [("state:FR", "Cooperate", "state:TD", "positive", "asserted")], []),
    ("Ireland's partners in the bloc - France, Spain and Italy - voted against.", [], [("state:IE", "Cooperate", "state:FR", "positive")]),
    # goods sold across a border are trade between the two sides (not arms: those are military aid)
    ("Norway supplies about a third of Poland's natural gas.", [("state:NO", "Cooperate", "state:PL", "positive", "asserted")], []),
    ("Toyota and Honda sell about a fifth of their cars in Indonesia.",
     [("org:n:toyota", "Cooperate", "state:ID", "positive", "asserted"), ("org:n:honda", "Cooperate", "state:ID", "positive", "asserted")], []),
    ("Argentina exports more than 2 billion dollars' worth of beef to China each year.",
     [("state:AR", "Cooperate", "state:CN", "positive", "asserted")], []),
    ("Qatar could supply Pakistan with LNG next winter.", [("state:QA", "Cooperate", "state:PK", "positive", "possible")], []),
    ("Germany delivered armoured vehicles to Lithuania.", [("state:DE", "ProvideMilitaryAid", "state:LT", "positive", "asserted")],
     [("state:DE", "Cooperate", "state:LT", "positive")]),
    ("Rights groups said Finland had breached its duty to protect asylum seekers.", [], [("state:FI", "Commit", "init:its duty", "negative")]),
    # lobbying or campaigning for a thing backs it, against it opposes it; lobbying someone asks them
    ("Sweden and Denmark lobbied for swift ratification of the fisheries treaty.",
     [("state:SE", "Support", "init:fisheries treaty", "positive", "asserted"),
      ("state:DK", "Support", "init:fisheries treaty", "positive", "asserted")], [("state:SE", "Request", "init:fisheries treaty", "positive")]),
    ("Austria campaigned against the Mercosur trade deal.", [("state:AT", "Oppose", "init:mercosur trade deal", "positive", "asserted")], []),
    ("Austria lobbied Brussels to delay the vote.", [("state:AT", "Request", EU, "positive", "asserted")], []),
    # duties on goods are a measure; a duty to do something is not
    ("Portugal voted in favour of the steel duties.", [("state:PT", "Support", "init:steel duties", "positive", "asserted")], []),
    # arms bought from a state are arms it supplies; a purchase refused is the buyer's choice
    ("Morocco has bought dozens of attack helicopters from the United States.",
     [("state:US", "ProvideMilitaryAid", "state:MA", "positive", "asserted")], [("state:MA", "Cooperate", "state:US", "positive")]),
    ("Egypt will not purchase fighter jets from France.", [], [("state:FR", "ProvideMilitaryAid", "state:EG", "negative")]),
    # a verb of naming with a judging complement is a stance: more words of blame
    ("President John Mahama called Togo's new border rules \"disproportionate\".",
     [("person:john mahama", "Criticize", "state:TG", "positive", "asserted")], []),
    ("Peru called the Bolivian government \"a lackey of Caracas\".", [("state:PE", "Criticize", "state:BO", "positive", "asserted")], []),
    # the other party of a pact signed "with" it signs it too (a signing that took place only)
    ("Ghana signed a maritime security pact with Togo on Monday.",
     [("state:GH", "Agree", "init:maritime security pact with togo", "positive", "asserted"),
      ("state:TG", "Agree", "init:maritime security pact with togo", "positive", "asserted")], []),
    ("Chile defended the trade deal that Santiago signed with Bolivia last spring.",
     [("state:BO", "Agree", "init:trade deal", "positive", "asserted")], []),
    ("Ghana has not signed a trade deal with Togo.", [("state:GH", "Agree", "init:trade deal", "negative", "asserted")],
     [("state:TG", "Agree", "init:trade deal", "negative"), ("state:TG", "Agree", "init:trade deal", "positive")]),
    ("Accra could sign a trade deal with Togo next year.", [("state:GH", "Agree", "init:trade deal", "positive", "possible")],
     [("state:TG", "Agree", "init:trade deal", "positive")]),
    # energy sold or bought across a border is cooperation; ties stabilised are ties kept
    ("Norway said it was ready to sell more gas to Germany next winter.",
     [("state:NO", "Cooperate", DE, "positive", "intended")], []),
    ("Serbia is buying more electricity from neighbouring Hungary.", [("state:RS", "Cooperate", HU, "positive", "asserted")], []),
    ("Ankara was willing to stabilise relations with Athens.", [("state:TR", "Cooperate", "state:GR", "positive", "intended")], []),
    ("Kenya and Tanzania patched up relations after the border row.",
     [("state:KE", "Cooperate", "state:TZ", "positive", "asserted"), ("state:TZ", "Cooperate", "state:KE", "positive", "asserted")], []),
    # a state that contributes troops to a mission takes part in it
    ("Uganda, the largest troop contributor to MINUSCA, will keep its soldiers there.",
     [("state:UG", "Participate", "org:minusca", "positive", "asserted")], []),
    # a protest lodged "with" a state criticises it; a ban on a state's goods sanctions it
    ("Sweden lodged a formal protest with Iran after the verdict.", [("state:SE", "Criticize", "state:IR", "positive", "asserted")], []),
    ("Moscow banned all Moldovan farm products in July.", [(RU, "Sanction", "state:MD", "positive", "asserted")], []),
    # a visit or a pact shelved is called off
    ("Spanish Prime Minister Pedro Sanchez said his planned visit to Morocco next month may be shelved.",
     [("person:pedro sanchez", "Meet", "state:MA", "negative", "possible")], [("person:pedro sanchez", "Meet", "state:MA", "positive")]),
    # "the three countries" is not three states named in passing when one is named again after it
    ("The three Nordic countries closed the old pipeline, which had tied them to Russia and Belarus. Finnish Prime "
     "Minister Petteri Orpo said the three countries would no longer buy any gas from Russia.",
     [], [("state:BY", "Cooperate", RU, "negative"), ("state:BY", "Cooperate", RU, "positive")]),
    # a clause joined beside a denial is not denied ("denied X, and Y accused Z")
    ("The Kremlin denied funding the campaign, and spokesman Dmitry Peskov accused Romania of staging a witch hunt.",
     [("person:dmitry peskov", "Criticize", "state:RO", "positive", "asserted")],
     [("person:dmitry peskov", "Criticize", "state:RO", "negative")]),
    # a finite "before" clause: a condition when still to come, an event when all told in the past
    ("NATO must reinforce Estonia before Russia attacks it.", [], [(RU, "Attack", "state:EE", "positive")]),
    ("The ceasefire held for a week before Armenia shelled Azerbaijani positions.",
     [("state:AM", "Attack", "state:AZ", "positive", "asserted")], []),
    ("Mali said it would not rejoin ECOWAS and accused the bloc of serving France.",
     [("state:ML", "Criticize", "org:ecowas", "positive", "asserted")], [("state:ML", "Criticize", "org:ecowas", "negative")]),
    ("Marcos said the Philippines will not abandon its outpost and called on China to respect the ruling.",
     # (the call is the speaker's own: "will not" cannot reach the past-tense "called")
     [("person:marcos", "Request", "state:CN", "positive", "asserted")],
     [("state:PH", "Request", "state:CN", "negative"), ("person:marcos", "Request", "state:CN", "negative")]),
    ("The bloc will keep up the pressure until Russia ends its war against Ukraine.", [], [(RU, "Attack", UA, "negative")]),
    ("Ukraine has repeatedly asked to join NATO.", [(UA, "Request", NATO, "positive", "asserted")], [(UA, "MemberOf", NATO, "positive")]),
    ("Russia said it would never allow Ukraine to join NATO.", [(RU, "Allow", UA, "negative", "intended")], [(UA, "MemberOf", NATO, "negative"), (UA, "MemberOf", NATO, "positive")]),
    # --- modality
    ("Germany plans to send tanks to Ukraine.", [(DE, "ProvideMilitaryAid", UA, "positive", "intended")], []),
    ("Germany may send tanks to Ukraine.", [(DE, "ProvideMilitaryAid", UA, "positive", "possible")], []),
    ("Germany must send tanks to Ukraine.", [(DE, "ProvideMilitaryAid", UA, "positive", "obligated")], []),
    ("If Caracas holds a fair vote, Washington would lift sanctions on Venezuela.", [(US, "Sanction", "state:VE", "negative", "possible")], [(US, "Sanction", "state:VE", "positive")]),
    # --- structure: passive, relative clauses, conjunctions, nominalisations
    ("The sanctions imposed on Damascus by the United States and the European Union remain.",
     [(US, "Sanction", "state:SY", "positive", "asserted"), (EU, "Sanction", "state:SY", "positive", "asserted")], []),
    ("Sweden, an EU country whose accession to NATO was postponed by Turkey, waited.", [("state:TR", "Block", "state:SE", "positive", "asserted")], []),
    ("Washington refused to ease restrictions on exports of chips to China.", [(US, "Sanction", "state:CN", "positive", "asserted")], [(US, "Sanction", "state:CN", "negative")]),
    ("Hungary's resistance to additional NATO support in Ukraine is well known.", [(HU, "Oppose", "init:nato support in ukraine", "positive", "asserted")], []),
    ("Thirteen members, including the United States, Britain and France, voted in favour of the draft resolution.",
     [(US, "Support", "init:draft resolution", "positive", "asserted"), ("state:GB", "Support", "init:draft resolution", "positive", "asserted")], []),
    ("No Hungarian personnel will take part in the NATO mission in Ukraine.", [(HU, "Participate", "init:nato mission in ukraine", "negative", "intended")], [(HU, "Participate", "init:nato mission in ukraine", "positive")]),
    # --- reference and metonymy
    ("Cape Verde said it would not take part in the ECOWAS intervention in Niger.", [("state:CV", "Participate", "init:ecowas intervention in niger", "negative", "intended")], []),

    ("A meeting between Biden and Chinese President Xi Jinping took place.", [("person:biden", "Meet", "person:xi jinping", "positive", "asserted")], []),
    ("Beijing was not opposed to humanitarian aid for Syria.", [("state:CN", "Oppose", "init:humanitarian aid for syria", "negative", "asserted")],
     [("state:CN", "Oppose", "init:humanitarian aid for syria", "positive")]),
    ("Maduro's government had failed to honour the Barbados deal by refusing to let Machado run. Opposition leader Maria Corina Machado spoke.",
     [], [("person:maduro", "Allow", "person:maria corina machado", "positive")]),
    ("Orban angered allies by calling on the EU to lift economic sanctions against Moscow.",
     [(EU, "Sanction", RU, "positive", "asserted")], [(EU, "Sanction", RU, "negative")]),

    ("Iran would not negotiate with Washington under pressure.", [("state:IR", "Meet", US, "negative", "intended")], [("state:IR", "Meet", US, "positive")]),
    ("Azerbaijani President Ilham Aliyev pulled out of a planned meeting with Armenian Prime Minister Nikol Pashinyan.",
     [("person:ilham aliyev", "Meet", "person:nikol pashinyan", "negative", "asserted")], [("person:ilham aliyev", "Meet", "person:nikol pashinyan", "positive")]),
    ("Japan and South Korea have already stopped buying Iranian crude.", [("state:JP", "Cooperate", "state:IR", "negative", "asserted")], [("state:JP", "Cooperate", "state:IR", "positive")]),
    # --- counted plural descriptions: "the two governments", "both sides", "neither country"
    ("Hungary and Slovakia vetoed the joint declaration. Spanish Prime Minister Pedro Sanchez condemned the two governments.",
     [("person:pedro sanchez", "Criticize", "state:HU", "positive", "asserted"), ("person:pedro sanchez", "Criticize", "state:SK", "positive", "asserted")],
     [("person:pedro sanchez", "Criticize", "state:ES", "positive")]),
    ("Eritrea and Djibouti traded accusations over the border. Neither country has sent troops to Somalia.",
     [("state:ER", "ProvideMilitaryAid", "state:SO", "negative", "asserted"),
      ("state:DJ", "ProvideMilitaryAid", "state:SO", "negative", "asserted")],
     [("state:ER", "ProvideMilitaryAid", "state:SO", "positive"), ("state:DJ", "ProvideMilitaryAid", "state:SO", "positive"),
      ("state:ER", "Cooperate", "state:DJ", "positive")]),  # trading accusations is no cooperation
    ("Fighting flared between Ethiopia and Sudan near the border. The African Union urged both sides to hold their fire.",
     [("org:african-union", "Request", "state:ET", "positive", "asserted"), ("org:african-union", "Request", "state:SD", "positive", "asserted")], []),
    # --- a bare event noun points back at the last act of a main clause
    ("Canada will send artillery shells to Ukraine, Prime Minister Mark Carney said. The Kremlin condemned the move.",
     [(RU, "Criticize", "state:CA", "positive", "asserted")], []),
    ("Russia and China vetoed a draft resolution on Myanmar. Diplomats met for hours. "
     "The French ambassador, Nicolas de Riviere, called the talks useful. Britain condemned the veto.",
     [("state:GB", "Criticize", RU, "positive", "asserted"), ("state:GB", "Criticize", "state:CN", "positive", "asserted")], []),
    ("Exports fell after the revenue Tehran uses to fund militias dried up. Beijing rejected the decision.",
     [], [("state:CN", "Oppose", "state:IR", "positive")]),
    # "this position" is the stance just reported; a quote paragraph goes on with its speaker
    ("Austrian Chancellor Karl Nehammer told reporters: “We respect the alliance.”\n\n"
     "“Slovakia has made it clear that it will not send weapons to Ukraine. I accept that stance.”",
     [("person:karl nehammer", "Agree", "state:SK", "positive", "asserted")], []),
    # a stance on "X's attempts" is a stance on X (the clause-parsed noun case is covered by the seed gold)
    ("Years earlier, in 2003, Chirac rejected President George W. Bush’s attempts to pull France into the war in Iraq.",
     [("person:chirac", "Oppose", "person:george w bush", "positive", "asserted")], []),
    # guarantees received: the giver is the one named, else the one reporting it, else the alliance
    ("Kyiv received security guarantees from Britain.", [("state:GB", "Guarantee", UA, "positive", "asserted")], []),
    ("Finland was given guarantees by NATO that it would not host nuclear weapons.",
     [(NATO, "Guarantee", "state:FI", "positive", "asserted")], []),
    ("Ukraine sought guarantees from NATO.", [], [(NATO, "Guarantee", UA, "positive")]),
    # the topic of a symmetric act is not its counterpart; a topic hung on "of the alliance" stays in the label
    ("Finnish President Alexander Stubb spoke. “I'm glad that today the President and I have agreed on arrangements "
     "for Finland's role in NATO support for Kyiv,” Rutte said.",
     [], [("person:rutte", "Agree", UA, "positive"), ("person:alexander stubb", "Agree", UA, "positive")]),
    ("NATO met. Erdogan said Turkey would not take part in any votes of the alliance concerning Sweden.",
     [("state:TR", "Participate", "init:votes of nato concerning sweden", "negative", "intended")], []),
    # naming verbs whose complement judges: "called the plan a diktat", "described as hostile"
    ("Czech Prime Minister Petr Fiala spoke. The EU unveiled its climate plan. Fiala called the plan \"a diktat\".",
     [("person:petr fiala", "Criticize", "init:european union climate plan", "positive", "asserted")], []),
    ("Moldova joined the treaty, a move the Kremlin described as hostile.", [(RU, "Criticize", "state:MD", "positive", "asserted")], []),
    ("Ankara considers the PKK a terrorist group.", [("state:TR", "Criticize", "org:pkk", "positive", "asserted")], []),
    ("Macron hailed the accord between Serbia and Kosovo as historic.", [], [("person:macron", "Criticize", "state:RS", "positive")]),
    ("Scholz did not call the sanctions a mistake.", [], [("person:scholz", "Criticize", "init:sanctions", "positive")]),
    # a conjunct that cannot share the denied clause's auxiliary goes with the denial verb
    ("Sudanese officials deny that they are blocking aid and blame U.N. agencies for the delays.",
     [("state:SD", "Criticize", "org:united-nations", "positive", "asserted")], [("state:SD", "Criticize", "org:united-nations", "negative")]),
    # restrictions on trade hit the country it goes to; "heads of state of X" act for X
    ("South Korea joined Washington in restricting sales of chipmaking tools to China.",
     [("state:KR", "Sanction", "state:CN", "positive", "asserted")], []),
    ("The EU extended sanctions on purchases of Russian oil.", [(EU, "Sanction", RU, "positive", "asserted")], []),
    ("Meeting in Accra, heads of state of the Economic Community of West African States (ECOWAS) kept in place "
     "sweeping sanctions imposed on Mali.", [("org:ecowas", "Sanction", "state:ML", "positive", "asserted")], []),
    # a treaty still being brokered is no agreement; a venue is not one of "the two neighbours";
    # "European Union efforts to broker …" are the EU's
    ("Azerbaijani President Ilham Aliyev pulled out of a planned meeting with Armenian Prime Minister Nikol Pashinyan "
     "in Spain on Thursday, dealing a setback to European Union efforts to broker a peace treaty between the two "
     "South Caucasus neighbours.",
     [], [("state:AM", "Agree", "state:ES", "positive"), ("state:AZ", "Agree", "state:AM", "positive"),
          ("person:ilham aliyev", "Participate", "init:peace treaty", "positive")]),
    # hyphenated prefixes stay in initiative names
    ("Ethiopia and Tigray forces sign AU-brokered truce.", [("state:ET", "Agree", "init:au brokered truce", "positive", "asserted")], []),
    # members named by "which includes", suspension as lost membership, "a traditional ally of"
    ("The Shanghai Cooperation Organisation, which includes China, Russia and India, met in Astana.",
     [("state:CN", "MemberOf", "org:sco", "positive", "asserted"), ("state:IN", "MemberOf", "org:sco", "positive", "asserted")], []),
    ("Guinea was suspended from ECOWAS after the coup.", [("state:GN", "MemberOf", "org:ecowas", "negative", "asserted")],
     [("state:GN", "MemberOf", "org:ecowas", "positive")]),
    ("Belarus, a traditional ally of Russia, objected.", [("state:BY", "Cooperate", RU, "positive", "asserted")], []),
    # "whose party" is the person's; a verbal attack on a plan is criticism; a surname the model calls a noun
    ("Labour leader Keir Starmer attacked the Rwanda scheme. Starmer, whose party has opposed the scheme from the "
     "outset, called it a gimmick.",
     [("person:keir starmer", "Oppose", "init:rwanda scheme", "positive", "asserted"),
      ("person:keir starmer", "Criticize", "init:rwanda scheme", "positive", "asserted")],
     [("person:keir starmer", "Attack", "init:rwanda scheme", "positive")]),
    # "whose" on "an EU country" is the country named, not the EU
    ("The envoy of Austria, an EU state whose bid to join NATO was blocked by Turkey, attended the talks.",
     [("state:AT", "Request", NATO, "positive", "asserted"), ("state:TR", "Block", "state:AT", "positive", "asserted")],
     [(EU, "MemberOf", NATO, "positive")]),
    # "a party to", left out of a negotiation, "the deliveries" of the last aid named
    ("Kenya and Somalia signed the Nairobi agreement. Ethiopia was not a party to the agreement.",
     [("state:ET", "Agree", "init:nairobi agreement", "negative", "asserted")], [("state:ET", "Agree", "init:nairobi agreement", "positive")]),
    ("Kenya and Somalia signed a border accord. The accord was negotiated without Ethiopia.",
     [("state:ET", "Participate", "init:border accord", "negative", "asserted")], [("state:ET", "Participate", "init:border accord", "positive")]),
    ("Spain will send air-defence systems to Ukraine. Madrid had for weeks declined to commit to the deliveries.",
     [("state:ES", "Commit", UA, "negative", "asserted")], [("state:ES", "Commit", UA, "positive")]),
    # aid pledged as a sum; summoning an envoy; fire at; intervening; discussing with; RSF in Sudan
    ("Qatar pledged $50 million in humanitarian aid for Yemen.", [("state:QA", "ProvideAid", "state:YE", "positive", "intended")], []),
    ("Japan promised $50 million to Jordan.", [("state:JP", "Fund", "state:JO", "positive", "intended")], []),
    ("Vietnam summoned China's ambassador on Monday to protest.", [("state:VN", "Criticize", "state:CN", "positive", "asserted")], []),
    ("Algeria said it would not intervene in the conflict in Libya.",
     [("state:DZ", "Participate", "init:conflict in libya", "negative", "intended")], [("state:DZ", "Participate", "init:conflict in libya", "positive")]),

    ("Chad denied supplying weapons to the RSF.", [("state:TD", "ProvideMilitaryAid", "org:rapid-support-forces", "negative", "asserted")], []),
    ("Seoul said it opposed Pyongyang's actions.", [("state:KR", "Oppose", "state:KP", "positive", "asserted")], []),
    # closing a border restricts the neighbour; "one of X's allies"; a member of a party led by another;
    # a threat against someone; "the two sides" are the story's main antagonists
    ("Lithuania will close all but one of its crossings on the Belarusian border from Monday.",
     [("state:LT", "Sanction", "state:BY", "positive", "intended")], []),
    ("Turkey shut its airspace to Israeli flights.", [("state:TR", "Sanction", "state:IL", "positive", "asserted")], []),
    ("Romania has been one of Moldova's staunchest allies.", [("state:RO", "Cooperate", "state:MD", "positive", "asserted")], []),
    ("The Commission stopped short of threatening legal action against Budapest.",
     [("org:n:commission", "Threaten", HU, "negative", "asserted")], [("org:n:commission", "Threaten", HU, "positive")]),
    ("Slovakia and Hungary traded barbs over the dam. Slovakia said Hungary had blocked the project. "
     "The European Commission met Slovakia. Slovakia accused Hungary of delays. The two sides agreed to hold talks.",
     [("state:SK", "Agree", HU, "positive", "asserted")], [("org:european-commission", "Agree", "state:SK", "positive")]),
    # troops offered without a destination go to the mission the story is about, unless it is another's
    ("The UN approved a Kenya-led security mission to Haiti. Jamaica and Belize have said they will contribute "
     "personnel. Benin has offered up to 2,000 troops.",
     [("state:JM", "Participate", "init:kenya led security mission to haiti", "positive", "intended"),
      ("state:BJ", "Participate", "init:kenya led security mission to haiti", "positive", "intended")], []),
    ("Moscow kept the Russian peacekeeping contingent in Karabakh. The European Union has deployed about 100 "
     "civilian monitors.", [], [(EU, "Participate", "init:russia peacekeeping contingent", "positive")]),
    # "neither country" is the pair just named together, even when their own officials report it
    ("Mali and Burkina Faso said any intervention in Niger would be an act of war. Neither country has sent "
     "troops so far, officials in Bamako said.", [],
     [("state:NE", "Participate", "init:intervention in niger", "negative")]),
    # an apposition hung on another word by the parser still names the list before it; complaints filed
    ("A ban applies to imports into Poland, Hungary and Bulgaria, the three EU members closest to Ukraine.",
     [("state:PL", "MemberOf", EU, "positive", "asserted"), ("state:BG", "MemberOf", EU, "positive", "asserted")], []),
    ("Chile and Peru imposed bans. Bolivia responded by filing complaints against the two governments at the "
     "World Trade Organization.",
     [("state:BO", "Criticize", "state:CL", "positive", "asserted"), ("state:BO", "Criticize", "state:PE", "positive", "asserted")], []),
    # access granted or denied; "an incident X called dangerous" is the last act's; turning on someone
    ("Manila signed a deal granting American forces access to four more military bases.",
     [("state:PH", "Allow", US, "positive", "asserted")], []),
    ("Chinese vessels fired water cannon at Philippine boats. Washington called the incident dangerous.",
     [("state:CN", "Attack", "state:PH", "positive", "asserted"), (US, "Criticize", "state:CN", "positive", "asserted")], []),
    ("Ethiopia fought Eritrea in 1998. Two decades later Eritrea turned on Ethiopia again.",
     [("state:ER", "Attack", "state:ET", "positive", "asserted")], []),
    # "the initiative" is the last named plan of any kind
    ("IGAD put forward a separate peace plan for Sudan. The RSF, which has welcomed the initiative, said it was ready.",
     [("org:rapid-support-forces", "Support", "init:peace plan for sudan", "positive", "asserted")], []),
    # what is demanded is not done; a request declined; "the council" named before; members listed
    ("Erdogan had demanded only hours earlier that the EU reopen membership talks with Turkey.", [],
     [(EU, "Meet", "state:TR", "positive")]),
    ("Saudi Arabia had declined U.S. requests to postpone the decision.",
     [(US, "Request", "state:SA", "positive", "asserted"), ("state:SA", "Oppose", US, "positive", "asserted")], []),
    ("The U.N. Security Council failed to renew the mechanism. U.N. Secretary-General Antonio Guterres has urged "
     "the council to renew the operation.",
     [("person:antonio guterres", "Request", "org:un-security-council", "positive", "asserted")], []),
    ("The U.N. Security Council met. The other 13 members of the 15-nation council, including Britain and France, "
     "voted in favour of the draft resolution on Syria.",
     [("state:GB", "MemberOf", "org:un-security-council", "positive", "asserted")],
     [("org:un-security-council", "Support", "init:draft resolution on syria", "positive")]),
    # hyphenated actors: "U.N.-backed" (Support), "Qatar-brokered" (Participate), "EU-funded" (Fund)
    ("The court blocked the U.N.-backed mission to Haiti.",
     [("org:united-nations", "Support", "init:un backed mission to haiti", "positive", "asserted")], []),
    ("Israel and Hamas signed a Qatar-brokered truce.", [("state:QA", "Participate", "init:qatar brokered truce", "positive", "asserted")], []),
    # "X and Y held talks": each met the other; a clause before a semicolon is not what a later verb denies
    ("Israel and Hamas held ceasefire talks in Cairo.", [("state:IL", "Meet", "org:hamas", "positive", "asserted")], []),
    ("Greece and Turkey signed a memorandum. Turkey has never formally vetoed the plan, and the two governments held "
     "regular talks throughout the dispute; Turkish officials denied that Ankara had ever refused to meet Greek delegations.",
     [("state:TR", "Meet", "state:GR", "positive", "asserted")], [("state:TR", "Meet", "state:GR", "negative")]),
    # sour relations are not cooperation; wars are not "led" like coalitions
    ("Turkey and Greece had earlier had poor relations over disputed resources.", [],
     [("state:TR", "Cooperate", "state:GR", "positive"), ("state:TR", "Cooperate", "state:GR", "negative")]),
    ("Chirac was an outspoken opponent of the United States-led Iraq War in 2003.", [], [(US, "LeaderOf", "init:iraq war", "positive")]),
    # respecting, abiding by, complying with an agreement is a commitment to it
    ("Kenya signed the Nairobi accord. The government must respect the accord, the court said.",
     [("state:KE", "Commit", "init:nairobi accord", "positive", "obligated")], []),
    ("Iran signed the nuclear deal. Tehran has not complied with the deal since 2019.",
     [("state:IR", "Commit", "init:nuclear deal", "negative", "asserted")], [("state:IR", "Commit", "init:nuclear deal", "positive")]),
    # attacks on what belongs to someone, or on targets in a country; a state's navy is the state
    ("Chinese coast guard vessels fired water cannon at boats carrying supplies to Filipino marines.",
     [("state:CN", "Attack", "state:PH", "positive", "asserted")], []),
    ("The U.S. Navy struck targets in Yemen on Friday.", [(US, "Attack", "state:YE", "positive", "asserted")], []),
    # money that will not "go to" someone is funding refused
    ("Hungarian funds will not go to Ukraine.", [(HU, "Fund", UA, "negative", "intended")], [(HU, "Fund", UA, "positive")]),
    # a bid to join is a request, never membership
    ("Georgia's bid to join the EU has stalled.", [("state:GE", "Request", EU, "positive", "asserted")],
     [("state:GE", "MemberOf", EU, "positive")]),
    ("Bosnia's application to join NATO was approved.", [("state:BA", "Request", NATO, "positive", "asserted")],
     [("state:BA", "MemberOf", NATO, "positive")]),
    # "X and Y pact" headed by the parser on X keeps its whole name
    ("Kenya vetoed a statement on the African Union's new migration and asylum pact at a summit. Ghana backed the pact.",
     [("state:GH", "Support", "init:african union migration and asylum pact", "positive", "asserted")], []),
    # an anaphor chain runs as far as the story does: "the truce … the accord … the deal"
    ("Sudan and South Sudan signed a border truce in Juba. The talks lasted ten days. Aid groups praised the truce. "
     "Observers said the accord would hold. Fighting had killed thousands. Refugees waited at the border. "
     "Donors pledged money for the region. Kenya welcomed the deal.",
     [("state:KE", "Support", "init:border truce", "positive", "asserted")], []),
    # a commitment to an alliance's duty is to the alliance; a place within it is membership
    ("CSTO leaders met in Minsk. Yerevan is committed to collective security, Pashinyan said.",
     [("state:AM", "Commit", "org:csto", "positive", "asserted")], []),
    ("NATO ministers met. The talks showed Turkey's unusual position within the alliance.",
     [("state:TR", "MemberOf", NATO, "positive", "asserted")], []),
    # a line break after a headline is no licence to cut "Russia | and China …" in two
    ("Vetoes block aid plan\n\nRussia and China on Tuesday vetoed a Security Council resolution on aid.",
     [(RU, "Block", "init:united nations security council resolution", "positive", "asserted"),
      ("state:CN", "Block", "init:united nations security council resolution", "positive", "asserted")], []),
    ("Israel and Hamas exchanged fire. Egypt urged both sides to accept a truce.",
     [("state:EG", "Request", "state:IL", "positive", "asserted"), ("state:EG", "Request", "org:hamas", "positive", "asserted")],
     [("state:IL", "Cooperate", "org:hamas", "positive")]),
    # a participle names its agent: whoever brokered the truce took part in it; two hosts of a
    # show did not meet each other
    ("A three-day truce, brokered by Norway and Turkey, took effect on Monday.",
     [("state:NO", "Participate", "init:three day truce", "positive", "asserted"),
      ("state:TR", "Participate", "init:three day truce", "positive", "asserted")], []),
    ("The radio show, hosted by Ann Lee and Bo Park, ran for ten years.", [],
     [("person:ann lee", "Meet", "person:bo park", "positive")]),
    # "earlier truces" is no antecedent for "the truce"
    ("Unlike earlier truces that quickly failed, the Lagos truce has held for a week. Ghana said it "
     "remained committed to the truce.", [("state:GH", "Commit", "init:lagos truce", "positive", "asserted")], []),
    # a surname the model tags as a place is still the person named in full before
    ("General Abdel Fattah al-Burhan heads the army. General Mohamed Hamdan Dagalo leads the RSF. "
     "Burhan will not negotiate with Dagalo, whom he calls a criminal.",
     [("person:abdel fattah al burhan", "Meet", "person:mohamed hamdan dagalo", "negative", "intended")], []),
    # a year names the ruling; "the sides" are the two of the dispute, and "itself" is no one
    ("Manila has never accepted a 2016 ruling by an arbitration tribunal.",
     [("state:PH", "Agree", "init:2016 ruling", "negative", "asserted")], []),
    ("Peru and Chile met in Lima. Bolivia sent an observer. But the sides did not agree on how to settle "
     "the dispute itself.",
     [("state:PE", "Agree", "state:CL", "negative", "asserted")], [("state:PE", "Agree", "state:BO", "negative")]),
    # an accusation is not the act it alleges (nor a participle hung on it)
    ("The French government accused Italy of trying to pressure Tunisia, threatening to cut funds to Tunisia.",
     [("state:FR", "Criticize", "state:IT", "positive", "asserted")], [("state:FR", "Threaten", "state:TN", "positive")]),
    ("Moscow accused Kyiv of shelling the plant.", [(RU, "Criticize", UA, "positive", "asserted")],
     [(UA, "Attack", "init:plant", "positive"), (RU, "Attack", "init:plant", "positive")]),
    # a threat hits whoever the threatened act would hit
    ("Ukraine threatened to retaliate with a ban on Polish fruit.", [(UA, "Threaten", "state:PL", "positive", "asserted")], []),
    # a second verb the parser hangs on the reported clause belongs to the speaker
    ("The Commission said the bans were unlawful but stopped short of threatening legal action against Warsaw.",
     [("org:n:commission", "Threaten", "state:PL", "negative", "asserted")], []),
    # "the paramilitary group" is the armed group named before; a gerund the parser takes for an
    # adjective ("denied [supplying] weapons") is still the act that is denied
    ("The paramilitary Rapid Support Forces seized the airport. Chad denied supplying weapons to the paramilitary group.",
     [("state:TD", "ProvideMilitaryAid", "org:rapid-support-forces", "negative", "asserted")], []),
    ("Egypt, which Libyan officials accuse of arming Haftar, denied supplying weapons to the Wagner Group.",
     [("state:EG", "ProvideMilitaryAid", "org:wagner-group", "negative", "asserted")],
     [("state:EG", "ProvideMilitaryAid", "org:wagner-group", "positive")]),

    # money pledged with no recipient goes to the mission the story is about
    ("The U.N. mission in Haiti needs money. Canada has promised C$80.5 million.",
     [("state:CA", "Fund", "init:united nations mission in haiti", "positive", "intended")], []),
    # sheltering a country's refugees is aid to it; a participle on a time clause is the main subject's
    ("Turkey hosts 3.5 million Syrian refugees.", [("state:TR", "ProvideAid", "state:SY", "positive", "asserted")], []),
    ("Hungary refused to take in refugees from Syria.", [("state:HU", "ProvideAid", "state:SY", "negative", "asserted")],
     [("state:HU", "ProvideAid", "state:SY", "positive")]),
    ("Moldova has been a close partner since the war began, taking in thousands of Ukrainian refugees.",
     [("state:MD", "ProvideAid", UA, "positive", "asserted")], []),
    # "the conflict" with no war named before is the war of the state the story is about
    ("Fighting in Chad spread on Monday. Chad's government said rebels had taken two towns. The conflict "
     "has displaced thousands, Chad said. Niger said it would not intervene in the conflict.",
     [("state:NE", "Participate", "init:chad war", "negative", "intended")], []),
    # who carries out an operation takes part in it, with whom it is joint; "the leaders of X, Y
    # and Z" are each country's
    ("Manila launched the resupply missions in May. Manila would continue the resupply missions.",
     [("state:PH", "Participate", "init:resupply missions", "positive", "intended")], []),
    ("Ghana held joint naval exercises with the Togolese navy last week.",
     [("state:GH", "Participate", "init:joint naval exercises", "positive", "asserted"),
      ("state:TG", "Participate", "init:joint naval exercises", "positive", "asserted")], []),
    ("The leaders of Chile, Peru and Bolivia agreed on Friday to hold annual joint drills.",
     [("state:CL", "Participate", "init:annual joint drills", "positive", "intended"),
      ("state:BO", "Participate", "init:annual joint drills", "positive", "intended"),
      ("state:PE", "Agree", "state:CL", "positive", "asserted")], []),
    # "the move" far from any act is the story's lead act; "militant groups" are no bloc
    ("Spain will send Leopard tanks to Ukraine, the government said on Wednesday. Madrid had resisted for "
     "months. Poland welcomed the news. Kyiv asked for more. Officials in Lisbon said little. The Kremlin "
     "condemned the move.", [(RU, "Criticize", "state:ES", "positive", "asserted")], []),
    ("The EU met in Brussels on Monday. Iran funds militant groups across the region.", [],
     [("state:IR", "Fund", EU, "positive")]),
    # working on a truce with X is taking part in it, for each country of "Egyptian and Qatari
    # mediators"; joining a mission is taking part; a description's own name wins over the last one
    ("Egyptian and Qatari mediators have been working with the United States on a six-week truce.",
     [("state:EG", "Participate", "init:six week truce", "positive", "asserted"),
      ("state:QA", "Participate", "init:six week truce", "positive", "asserted"),
      (US, "Participate", "init:six week truce", "positive", "asserted")], []),
    ("French and German troops will join the mission in Mali.",
     [("state:FR", "Participate", "init:mission in mali", "positive", "intended"),
      (DE, "Participate", "init:mission in mali", "positive", "intended")], []),
    ("Jean-Yves Le Drian, France's foreign minister, met Greece. The Italian foreign minister, Luigi Di Maio, "
     "joined the Cyprus talks as an observer.",
     [("person:luigi di maio", "Participate", "init:cyprus talks", "positive", "asserted")],
     [("person:jean yves le drian", "Participate", "init:cyprus talks", "positive")]),
    # a front the model tags as a person is an organisation; "ten days of talks" are the story's talks
    ("Ethiopia's federal government and the Tigray People's Liberation Front signed a permanent cessation of "
     "hostilities on Friday after ten days of talks mediated by the African Union. Ethiopia said the deal would "
     "hold. Ethiopia will reopen roads to Tigray, where Tigray forces still hold towns.",
     [("org:tplf", "Agree", "init:permanent cessation", "positive", "asserted"),
      ("org:african-union", "Participate", "init:ethiopia talks", "positive", "asserted")], []),
    # armed forces moving into a country attack it; fighting alongside another's forces is military help
    ("Vucic said Serbian troops would not enter Kosovo.", [("state:RS", "Attack", "state:XK", "negative", "intended")],
     [("state:RS", "Attack", "state:XK", "positive")]),
    ("Russian tanks rolled into Ukraine on Thursday.", [(RU, "Attack", UA, "positive", "asserted")], []),
    ("Turkish tourists crossed into Greece.", [], [("state:TR", "Attack", "state:GR", "positive")]),
    ("Chad, whose troops have fought alongside Nigerien forces, refused to leave.",
     [("state:TD", "ProvideMilitaryAid", "state:NE", "positive", "asserted")], []),
    # a pact of cooperation makes partners, a revoked one unmakes them; trade between two is cooperation;
    # a sentence's subject "it" continues the last sentence's subject
    ("Japan signed a security pact with Australia.", [("state:JP", "Cooperate", "state:AU", "positive", "asserted")], []),
    ("Mali has revoked its military cooperation agreements with France.",
     [("state:ML", "Cooperate", "state:FR", "negative", "asserted")], [("state:ML", "Cooperate", "state:FR", "positive")]),
    ("Beijing said Chinese trade with Iran was lawful.", [("state:CN", "Cooperate", "state:IR", "positive", "asserted")], []),
    ("Sweden joined NATO in March, after Russia's invasion of Ukraine prompted it to rethink. It is also "
     "negotiating a defence agreement with Washington.",
     [("state:SE", "Cooperate", US, "positive", "asserted")], [(UA, "Cooperate", US, "positive")]),
    # "no obligation to implement it" denies the commitment; appealing a ruling opposes the court
    ("Eritrea signed the Algiers agreement but had no obligation to implement it.",
     [("state:ER", "Commit", "init:algiers agreement", "negative", "asserted")],
     [("state:ER", "Commit", "init:algiers agreement", "positive")]),
    ("Ghana has an obligation to implement the Lome accord.",
     [("state:GH", "Commit", "init:lome accord", "positive", "asserted")], []),
    ("Kenya's High Court ruled against the deployment. Kenya said it would appeal the ruling.",
     [("state:KE", "Oppose", "org:n:high court", "positive", "intended")], []),
    # lists the model tags as one name; founding states are members; "provide X with Y"; money "in aid"
    ("Mali, Burkina Faso and Niger formally left the Economic Community of West African States in January.",
     [("state:ML", "MemberOf", "org:ecowas", "negative", "asserted"), ("state:BF", "MemberOf", "org:ecowas", "negative", "asserted"),
      ("state:NE", "MemberOf", "org:ecowas", "negative", "asserted")], []),
    ("Mali, Burkina Faso and Niger formed the Alliance of Sahel States in 2024.",
     [("state:NE", "MemberOf", "org:alliance-of-sahel-states", "positive", "asserted")], []),
    ("JNIM has attacked army bases in Mali and Burkina Faso.",
     [("org:jnim", "Attack", "state:ML", "positive", "asserted"), ("org:jnim", "Attack", "state:BF", "positive", "asserted")], []),
    ("Japan will provide Vietnam with six coastal patrol vessels.",
     [("state:JP", "ProvideMilitaryAid", "state:VN", "positive", "intended")], []),
    ("The EU pledged 50 million euros in humanitarian aid for Yemeni civilians.",
     [(EU, "ProvideAid", "state:YE", "positive", "intended")], []),
    # "the pact" is the pact named before, not a plan that names more; a conjunct in another tense
    # does not share the first verb's negation
    ("Norway and Sweden signed a joint defence pact on Friday. NATO's regional plans were updated in May. "
     "Russia condemned the pact.", [(RU, "Criticize", "init:joint defence pact", "positive", "asserted")],
     [(RU, "Criticize", "init:nato regional plans", "positive")]),
    ("Hungary no longer opposes the NATO plan and backed the Swedish bid.",
     [("state:HU", "Oppose", "init:nato plan", "negative", "asserted")],
     [("state:HU", "Support", "init:swedish bid", "negative")]),
    # arguing against a plan opposes it; a planned ban is not in force; warships "from" allies are
    # theirs; joining an arrangement is taking part
    ("Hungary has been arguing against a planned EU ban on Russian gas imports.",
     [(EU, "Sanction", RU, "positive", "intended")], []),
    ("Turkey joined NATO in 1952. Ankara refused to let warships from its NATO allies escort the convoys.",
     [("state:TR", "Allow", NATO, "negative", "asserted")], []),
    ("Turkey, Ukraine and the UN set up a grain arrangement in July. Russia has not joined the arrangement.",
     [(RU, "Participate", "init:grain arrangement", "negative", "asserted")], []),
    # demanding an army's withdrawal asks its state; a clause the parser hangs on another one's
    # rejecting verb is not rejected
    ("The Polisario Front, for its part, has demanded the withdrawal of Moroccan forces, conditions King "
     "Mohammed has rejected as absurd.",
     [("org:polisario-front", "Request", "state:MA", "positive", "asserted")],
     [("org:polisario-front", "Request", "state:MA", "negative")]),
    # an "apposition" the parser hangs across a verb names nothing
    ("The junta has refused to receive a joint delegation from ECOWAS, the African Union and the United Nations.",
     [], [("org:african-union", "Meet", "org:ecowas", "negative")]),
    # a stance on efforts to revive a country's bid, or on "the Finnish application", is on that country
    ("Norway would actively support efforts to revive Serbia's bid to join the European Union.",
     [("state:NO", "Support", "state:RS", "positive", "intended")], []),
    ("Hungary lifted its objections to the Swedish application in March.",
     [("state:HU", "Oppose", "state:SE", "negative", "asserted")], [("state:HU", "Oppose", "state:SE", "positive")]),
    # "an incident X called dangerous" judges the act of its own sentence, even a subordinate one;
    # "called the use of water cannon 'reckless'" judges whoever used it
    ("Manila summoned the Chinese envoy after Chinese coast guard vessels fired water cannon at Philippine "
     "boats, an incident Washington called dangerous.", [(US, "Criticize", "state:CN", "positive", "asserted")], []),
    ("Chinese coast guard vessels fired water cannon at Philippine boats on Monday. Tokyo voiced concern. "
     "Canberra called the use of water cannon \"reckless and destabilising\".",
     [("state:AU", "Criticize", "state:CN", "positive", "asserted")], []),
    # a reported clause with its own subject is under the speech verb only: not under another
    # clause's refusal, still under a denial, never under a denial after a semicolon
    ("Kremlin spokesman Dmitry Peskov said Norway had refused to talk with Moscow and that Russia posed no "
     "threat to its neighbour.", [(RU, "Threaten", "state:NO", "negative", "asserted")],
     [(RU, "Threaten", "state:NO", "positive")]),
    ("Moscow denied that it had blocked the aid convoy and that Russian troops had attacked Ukraine.",
     [(RU, "Attack", UA, "negative", "asserted")], [(RU, "Attack", UA, "positive")]),
    ("Serbia and Kosovo met in Brussels. Serbia has never formally vetoed the bid, and the two governments held "
     "regular talks throughout the dispute; Serbian officials denied that Belgrade had ever refused to meet "
     "Kosovar delegations.", [("state:RS", "Meet", "state:XK", "positive", "asserted")],
     [("state:RS", "Meet", "state:XK", "negative")]),
    # resuming talks, serving as guarantor of talks, deploying "as part of" a force, pulling out of a
    # mission: taking part (or no longer); firms pulling out of a country is business, not participation
    ("Colombia's government and the ELN resumed peace talks in Caracas on Monday.",
     [("state:CO", "Participate", "init:peace talks in caracas", "positive", "asserted")], []),
    ("Norway serves as a guarantor of the Havana talks.",
     [("state:NO", "Participate", "init:havana talks", "positive", "asserted")], []),
    ("Kenya deployed 900 troops to eastern Congo as part of an East African regional force.",
     [("state:KE", "Participate", "init:east african regional force", "positive", "asserted")], []),
    ("Sweden pulled its soldiers out of the UN peacekeeping mission in Mali.",
     [("state:SE", "Participate", "init:united nations peacekeeping mission in mali", "negative", "asserted")],
     [("state:SE", "Participate", "init:united nations peacekeeping mission in mali", "positive")]),
    ("Iran is under sanctions. Germany's Siemens said it would pull out of Iran.", [],
     [("org:n:siemens", "Participate", "state:IR", "negative")]),
    # a later verb's object is shared only when nothing else follows the first verb: "made no
    # headway" does not deny the meeting
    ("The foreign ministers of Greece and Turkey met in Ankara on Tuesday and agreed to keep up a dialogue, "
     "but made no headway on their dispute.",
     [("state:GR", "Meet", "state:TR", "positive", "asserted")], [("state:GR", "Meet", "state:TR", "negative")]),
    # co-chairs lead the body together
    ("OPEC+ met in Vienna. Riyadh and Moscow, which co-chair the 23-nation group, backed the cut.",
     [("state:SA", "LeaderOf", "org:opec", "positive", "asserted"), (RU, "LeaderOf", "org:opec", "positive", "asserted")], []),
    # a state's opposition is an actor of its own, and its leader leads it, not the state
    ("Venezuela held an election. Venezuela's electoral council declared Maduro the winner. Caracas agreed "
     "with the opposition in Barbados to hold the vote, Venezuela said.",
     [("state:VE", "Agree", "org:opposition-ve", "positive", "asserted")], []),
    # "X's plan to send people to Y" is a plan of its own, named by where it sends them
    ("The Danish government's plan to send asylum seekers to Rwanda was blocked by the Supreme Court on Wednesday.",
     [("org:n:supreme court", "Block", "init:denmark plan to rwanda", "positive", "asserted")],
     [("org:n:supreme court", "Block", "state:DK", "positive")]),
    # membership put in question is not asserted; membership taking effect is
    ("Montenegro, whose membership of NATO was once debated, sent troops.", [],
     [("state:ME", "MemberOf", NATO, "positive")]),
    ("Finland's membership of NATO took effect in April.", [("state:FI", "MemberOf", NATO, "positive", "asserted")], []),
    # approving a deployment permits it; approving a package agrees to it
    ("Ghana's parliament approved the deployment of 500 officers to Haiti.",
     [("state:GH", "Allow", "init:deployment to haiti", "positive", "asserted")], []),
    ("Hungary approved the EU aid package.", [("state:HU", "Agree", "init:european union aid package", "positive", "asserted")], []),
    # a gift with no recipient goes where the last aid went
    ("Spain will send Leopard tanks to Ukraine, Prime Minister Pedro Sanchez said. Sanchez ruled out sending "
     "ground troops or fighter jets.",
     [("person:pedro sanchez", "ProvideMilitaryAid", UA, "negative", "intended")],
     [("person:pedro sanchez", "ProvideMilitaryAid", UA, "positive")]),
    # a pledge made under an agreement is a commitment to it
    ("In a joint declaration, Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki pledged "
     "to reopen the border.",
     [("person:abiy ahmed", "Commit", "init:joint declaration", "positive", "intended"),
      ("person:isaias afwerki", "Commit", "init:joint declaration", "positive", "intended")], []),
    # keeping a crossing open to someone's trucks lets them through
    ("Jordan said it would keep its gates open to U.N. trucks.",
     [("state:JO", "Allow", "org:united-nations", "positive", "intended")], []),
    # a state's department acts for the state
    ("The U.S. Treasury re-imposed the restrictions on Venezuela in April.",
     [(US, "Sanction", "state:VE", "positive", "asserted")], []),
    # an abstention withholds support, an unused veto blocks nothing: both on what was just voted
    ("The Security Council approved the Libya mission on Monday. India and Brazil abstained, but neither "
     "used its veto.",
     [("state:IN", "Support", "init:libya mission", "negative", "asserted"),
      ("state:BR", "Support", "init:libya mission", "negative", "asserted"),
      ("state:IN", "Block", "init:libya mission", "negative", "asserted")],
     [("state:IN", "Block", "init:libya mission", "positive"), ("state:IN", "Support", "init:libya mission", "positive")]),
    # cutting trade or energy is a sanction on the country it flows to or from; cutting aid is not
    ("Washington suspended Kenya's duty-free trade access over the crackdown.",
     [(US, "Sanction", "state:KE", "positive", "asserted")], []),
    ("Algeria has cut gas supplies to Spain.", [("state:DZ", "Sanction", "state:ES", "positive", "asserted")],
     [("state:DZ", "ProvideAid", "state:ES", "negative")]),
    ("Germany halted Russian coal imports.", [(DE, "Sanction", RU, "positive", "asserted")], [(DE, "Block", RU, "positive")]),
    ("The EU will not suspend trade with Israel.", [(EU, "Sanction", "state:IL", "negative", "intended")], []),
    ("Britain cut aid to Rwanda.", [("state:GB", "ProvideAid", "state:RW", "negative", "asserted")],
     [("state:GB", "Sanction", "state:RW", "positive")]),
    # a contingent with a mission of its own is that mission, named by its sender
    ("Norway has deployed about 50 civilian monitors along the ceasefire line.",
     [("state:NO", "Participate", "init:norway civilian monitors", "positive", "asserted")], []),
    ("The bloc will send a small team of observers to Lusaka, the Chilean foreign minister said. "
     "Chile will not send a team of observers.",
     [("state:CL", "Participate", "init:chile team of observers", "negative", "intended")], []),
    # a civil war: the army beside a rebel group is one side, not the state
    ("Chad's army and the rebel Front for Change signed a truce in Doha on Sunday. The army said it would "
     "not shell rebel positions. Qatar urged both sides to respect the truce.",
     [("org:army-td", "Agree", "init:army front for change truce", "positive", "asserted"),
      ("org:n:front for change", "Agree", "init:army front for change truce", "positive", "asserted"),
      ("state:QA", "Request", "org:army-td", "positive", "asserted"),
      ("state:QA", "Request", "org:n:front for change", "positive", "asserted")],
     [("state:TD", "Agree", "org:n:front for change", "positive"), ("state:QA", "Request", "state:TD", "positive")]),
    # a war between states: the army is the state
    ("Russia's army and Ukrainian forces fought near Bakhmut. Turkey urged both sides to accept a truce.",
     [("state:TR", "Request", RU, "positive", "asserted"), ("state:TR", "Request", UA, "positive", "asserted")], []),
    # talks that end without agreement were held; the parties did not agree
    ("Bolivia and Chile closed their talks in Lima without reaching agreement.",
     [("state:BO", "Meet", "state:CL", "positive", "asserted"), ("state:BO", "Agree", "state:CL", "negative", "asserted")],
     [("state:BO", "Meet", "state:CL", "negative"), ("state:BO", "Agree", "state:CL", "positive")]),
    ("Peru said the third round of negotiations with Ecuador had ended without agreement.",
     [("state:PE", "Meet", "state:EC", "positive", "asserted"), ("state:EC", "Agree", "state:PE", "negative", "asserted")],
     [("state:PE", "Meet", "state:EC", "negative")]),
    ("Peru said talks with Ecuador had not resumed.", [], [("state:PE", "Meet", "state:EC", "positive")]),
    # an intent denied, an order never given
    ("Eritrea said it had no intention of invading Djibouti.",
     [("state:ER", "Attack", "state:DJ", "negative", "intended")], [("state:ER", "Attack", "state:DJ", "positive")]),
    ("Venezuela insisted it had never ordered a raid on Guyana.",
     [("state:VE", "Attack", "state:GY", "negative", "asserted")], [("state:VE", "Attack", "state:GY", "positive")]),
    # leaving and joining talks, with the role in between
    ("Sudan walked away from the Nairobi talks in March.",
     [("state:SD", "Participate", "init:nairobi talks", "negative", "asserted")], []),
    ("The IMF took part as an observer in the Geneva talks.",
     [("org:imf", "Participate", "init:geneva talks", "positive", "asserted")], []),
    # a chair held or taken is leadership of the body
    ("Laos, which holds the rotating chair of ASEAN, called for calm.",
     [("state:LA", "LeaderOf", "org:asean", "positive", "asserted")], []),
    ("ASEAN leaders said Cambodia would not take over the chairmanship. Vietnam will take the chair instead.",
     [("state:KH", "LeaderOf", "org:asean", "negative", "intended"), ("state:VN", "LeaderOf", "org:asean", "positive", "intended")],
     [("state:KH", "LeaderOf", "org:asean", "positive")]),
    # who no longer counts another a partner does not cooperate with it
    ("Mali said it no longer regarded France as a partner against the insurgents.",
     [("state:ML", "Cooperate", "state:FR", "negative", "asserted")], [("state:ML", "Cooperate", "state:FR", "positive")]),
    # membership through a relative clause or a counted group; a bid to join is a request
    ("The Arab League, of which Iraq is a member and which Iran has long sought to join, met in Cairo.",
     [("state:IQ", "MemberOf", "org:arab-league", "positive", "asserted"),
      ("state:IR", "Request", "org:arab-league", "positive", "asserted")], [("state:IR", "MemberOf", "org:arab-league", "positive")]),
    ("Spanish Foreign Minister José Manuel Albares and his Moroccan counterpart Nasser Bourita said the two "
     "Mediterranean neighbours and NATO partners would meet again in May.",
     [], [("state:ES", "Meet", "state:MA", "negative")]),
    ("Dutch Prime Minister Mark Rutte and Belgian Prime Minister Alexander De Croo said the two NATO allies would "
     "share air policing.", [("state:NL", "MemberOf", NATO, "positive", "asserted"),
                             ("state:BE", "MemberOf", NATO, "positive", "asserted")], []),
    # a project named once, and then "the project"; an unlikely act is a possible non-act
    ("Uganda began building the Karuma Dam in 2013. The World Bank has declined to finance the project.",
     [("org:world-bank", "Fund", "init:karuma dam", "negative", "asserted")], [("org:world-bank", "Fund", "init:karuma dam", "positive")]),
    ("Analysts called it unlikely that Japan would fund the pipeline.", [],
     [("state:JP", "Fund", "init:pipeline", "positive")]),
    # who condemns an act condemns the one who did it
    ("The Arab League condemned air strikes by the Syrian army near Idlib.",
     [("org:arab-league", "Criticize", "state:SY", "positive", "asserted")], []),
    # standing by an agreement is a commitment; standing by a country is support
    ("Chile signed the Lima accord in 2022. Chile stands by the accord, its minister said.",
     [("state:CL", "Commit", "init:lima accord", "positive", "asserted")], []),
    # a stance spelt with "against"; a permission asked of its owner; insisting on a plan
    ("\"We are not against Serbia,\" the Croatian president said.", [],
     [("state:HR", "Oppose", "state:RS", "positive")]),
    ("Kosovo will not seek Serbia's approval.", [("state:XK", "Request", "state:RS", "negative", "intended")],
     [("state:XK", "Request", "state:RS", "positive")]),
    ("The UN is seeking 3 billion dollars for Yemen.", [], [("org:united-nations", "Request", "state:YE", "positive")]),
    ("Abbas insisted on a two-state solution.", [("person:abbas", "Support", "init:two state solution", "positive", "asserted")], []),
    # an arms sale is military aid from the seller; a sale of gas is trade
    ("Washington cleared the sale of Patriot missiles to Poland.",
     [(US, "ProvideMilitaryAid", "state:PL", "positive", "asserted")], [(US, "Agree", "init:sale to poland", "positive")]),
    ("Qatar expanded the sale of gas to Italy.", [], [("state:QA", "ProvideAid", "state:IT", "positive")]),
    # clashes between two sides: each attacked the other
    ("An exchange of fire between Indian and Pakistani troops killed two soldiers on Monday.",
     [("state:IN", "Attack", "state:PK", "positive", "asserted"), ("state:PK", "Attack", "state:IN", "positive", "asserted")], []),
    ("An exchange of prisoners between Russia and Ukraine took place on Friday.", [],
     [(RU, "Attack", UA, "positive")]),
    # a ban on imports, restricted crossings: sanctions on the country they come from
    ("Kenya responded by banning imports of Ugandan sugar.", [("state:KE", "Sanction", "state:UG", "positive", "asserted")], []),
    ("The Turkish army has restricted crossings at the border with Syria.",
     [("state:TR", "Sanction", "state:SY", "positive", "asserted")], []),
    # a phone call is a meeting
    ("Macron spoke by phone with Ukrainian President Volodymyr Zelenskiy on Tuesday.",
     [("person:macron", "Meet", "person:volodymyr zelenskiy", "positive", "asserted")], []),
    # two leaders the parser folds into one title phrase both act
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni agreed on Friday to reopen the border.",
     [("person:yoweri museveni", "Agree", "person:william ruto", "positive", "asserted"),
      ("person:william ruto", "Agree", "person:yoweri museveni", "positive", "asserted")], []),
    # a gift whose recipient only a modifier names; a pledge is intended; a purchase is no funding
    ("Norway pledged medical supplies for families displaced on the Lebanese side of the border.",
     [("state:NO", "ProvideAid", "state:LB", "positive", "intended")], []),
    ("Italy pays for Libyan patrol boats to stop the crossings.", [], [("state:IT", "Fund", "state:LY", "positive")]),
    ("Turkish drones fired at boats carrying aid to Greek islanders.", [],
     [("state:TR", "ProvideAid", "state:GR", "positive")]),
    # general vocabulary: arms sold, sides taken, solidarity, praise of a thing or its owner
    ("France sold Rafale fighter jets to India.", [("state:FR", "ProvideMilitaryAid", "state:IN", "positive", "asserted")], []),
    ("Qatar sold liquefied gas to Germany.", [], [("state:QA", "ProvideAid", DE, "positive")]),
    ("Belarus sided with Moscow.", [("state:BY", "Support", RU, "positive", "asserted")], []),
    ("Chile expressed solidarity with Ecuador.", [("state:CL", "Support", "state:EC", "positive", "asserted")], []),
    ("Macron praised Germany's decision on Tuesday.", [("person:macron", "Support", DE, "positive", "asserted")], []),
    ("Macron defended his decision on French radio.", [], [("person:macron", "Support", "state:FR", "positive")]),
    # a name that ends in a word that can be a title is still a name
    ("Former Prime Minister Hun Sen accused Thailand of provoking the clash.",
     [("person:hun sen", "Criticize", "state:TH", "positive", "asserted")], []),
    # wider newswire vocabulary: strikes, seizures and penalties
    ("Pakistan pounded militant hideouts in Afghanistan on Monday.",
     [("state:PK", "Attack", "state:AF", "positive", "asserted")], []),
    ("Ethiopian troops ambushed Eritrean soldiers near the frontier.",
     [("state:ET", "Attack", "state:ER", "positive", "asserted")], []),
    ("Armenia accused Azerbaijan of annexing villages from Armenia.", [("state:AM", "Criticize", "state:AZ", "positive", "asserted")], []),
    ("Iraq invaded and occupied Kuwait in 1990.", [("state:IQ", "Attack", "state:KW", "positive", "asserted")], []),
    ("Canada hit Chinese steel with a new tariff.", [("state:CA", "Sanction", "state:CN", "positive", "asserted")],
     [("state:CA", "Attack", "state:CN", "positive")]),
    ("Typhoon Haiyan hit the Philippines in 2013.", [], [("state:PH", "Attack", "state:PH", "positive")]),
    ("The rebels occupy the programme's offices, the minister said.", [], []),
    # money
    ("Kuwait will underwrite a loan for Jordan.", [("state:KW", "Fund", "state:JO", "positive", "intended")], []),
    ("The IMF disbursed $800 million to Ghana.", [("org:imf", "Fund", "state:GH", "positive", "asserted")], []),
    ("Saudi Arabia's $2 billion loan to Egypt was announced on Sunday.", [("state:SA", "Fund", "state:EG", "positive", "asserted")], []),
    ("Washington has given Jordan millions of dollars in military aid.",
     [(US, "ProvideMilitaryAid", "state:JO", "positive", "asserted")], []),
    ("Britain will train Kenyan soldiers.", [("state:GB", "ProvideMilitaryAid", "state:KE", "positive", "intended")], []),
    # stances and participation
    ("Spain threw its weight behind the Moroccan plan.", [("state:ES", "Support", "init:moroccan plan", "positive", "asserted")], []),
    ("Kenya is the most vocal supporter of the Somali government.", [("state:KE", "Support", "state:SO", "positive", "asserted")], []),
    ("Portugal will sit out the naval mission.", [("state:PT", "Participate", "init:naval mission", "negative", "intended")],
     [("state:PT", "Participate", "init:naval mission", "positive")]),
    ("Belgium pulled its soldiers out of Niger.", [("state:BE", "ProvideMilitaryAid", "state:NE", "negative", "asserted")],
     [("state:BE", "ProvideMilitaryAid", "state:NE", "positive")]),
    ("Italy's withdrawal from the Iraq mission was completed in 2006.",
     [("state:IT", "Participate", "init:iraq mission", "negative", "asserted")],
     [("state:IT", "Participate", "init:iraq mission", "positive")]),
    ("Tokayev skipped the summit talks with Kyrgyzstan.", [("person:tokayev", "Meet", "state:KG", "negative", "asserted")],
     [("person:tokayev", "Meet", "state:KG", "positive")]),
    ("Serbia violated the peace agreement, Croatia said.", [("state:RS", "Commit", "init:peace agreement", "negative", "asserted")],
     [("state:RS", "Commit", "init:peace agreement", "positive")]),
    ("Niger said it would uphold the peace agreement.", [("state:NE", "Commit", "init:peace agreement", "positive", "intended")], []),
    # ties broken, relations under review
    ("Bolivia broke off diplomatic relations with Israel.", [("state:BO", "Cooperate", "state:IL", "negative", "asserted")],
     [("state:BO", "Cooperate", "state:IL", "positive")]),
    ("Seoul will review its relationship with Tokyo.", [], [("state:KR", "Cooperate", "state:JP", "positive"),
                                                         ("state:KR", "Cooperate", "state:JP", "negative")]),
    ("Peru's trade with China has tripled.", [("state:PE", "Cooperate", "state:CN", "positive", "asserted")], []),
    ("Vietnam exported rice to the Philippines.", [("state:VN", "Cooperate", "state:PH", "positive", "asserted")], []),
    # negation and its limits where the parser hangs clauses loosely
    ("Peru has refused since 2020 to let Chilean warships dock at its ports.",
     [("state:PE", "Allow", "state:CL", "negative", "asserted")], [("state:PE", "Allow", "state:CL", "positive")]),
    ("The Security Council is unlikely to pass a resolution condemning Sudan.",
     [("org:un-security-council", "Criticize", "state:SD", "negative", "possible")],
     [("org:un-security-council", "Criticize", "state:SD", "positive")]),
    ("China vetoed a resolution condemning Myanmar.", [], [("state:CN", "Criticize", "state:MM", "positive")]),
    ("Kenya accuses Somalia of arming militias, a charge Mogadishu denies.",
     [("state:KE", "Criticize", "state:SO", "positive", "asserted")], [("state:KE", "Criticize", "state:SO", "negative")]),
    ("Tokyo and Seoul deny any rift, although President Yoon Suk Yeol has pledged to expand military cooperation with Japan.",
     [("person:yoon suk yeol", "Cooperate", "state:JP", "positive", "intended")],
     [("person:yoon suk yeol", "Cooperate", "state:JP", "negative")]),
    ("Japan, the largest donor of humanitarian aid to Myanmar, called for calm.",
     [("state:JP", "ProvideAid", "state:MM", "positive", "asserted")], [("state:JP", "Fund", "state:MM", "positive")]),
    ("Georgia must honour its trade agreement with Turkey.", [], [("state:GE", "Agree", "state:TR", "positive")]),
    # "it" in a clause hung on the sentence is the sentence's subject, not the last state named
    ("The United States criticised Venezuela, which it accused of rigging the vote.",
     [(US, "Criticize", "state:VE", "positive", "asserted")], [("state:VE", "Criticize", "state:VE", "positive")]),
    # returning to an act, lenders, and ties halted
    ("Syria must return to full cooperation with the IAEA.", [("state:SY", "Cooperate", "org:iaea", "positive", "obligated")], []),
    ("Kuwait, the largest lender to Jordan, signed the accord.", [("state:KW", "Fund", "state:JO", "positive", "asserted")], []),
    ("Germany halted its cooperation with Mali.", [(DE, "Cooperate", "state:ML", "negative", "asserted")],
     [(DE, "Cooperate", "state:ML", "positive")]),
    # leaving a body ends the membership; "along with" adds actors to the subject
    ("Nicaragua withdrew from the Organization of American States.",
     [("state:NI", "MemberOf", "org:oas", "negative", "asserted")], [("state:NI", "MemberOf", "org:oas", "positive")]),
    ("Chad, along with Sudan and Niger, will quit ECOWAS.",
     [("state:TD", "MemberOf", "org:ecowas", "negative", "intended"), ("state:SD", "MemberOf", "org:ecowas", "negative", "intended"),
      ("state:NE", "MemberOf", "org:ecowas", "negative", "intended")], [("state:SD", "MemberOf", "org:ecowas", "positive")]),
    ("Spain withdrew its troops from the NATO mission in Iraq.", [], [("state:ES", "MemberOf", NATO, "negative")]),
    # "its" inside a phrase owned by a state is that state's; a relative clause is not a strike's target
    ("The veto was designed to shield Tehran's purchases of Belarusian drones for its war in Yemen.",
     [("state:IR", "Attack", "state:YE", "positive", "asserted")], [("state:BY", "Attack", "state:YE", "positive")]),
    ("Diplomats said Washington could target those who obstruct the Central Bank of Libya.", [],
     [(US, "Attack", "org:n:central bank of libya", "positive")]),
    # hosting named talks is taking part in them; "talks" the tagger calls a verb is still talks
    ("Qatar has hosted the so-called Doha talks since 2021.",
     [("state:QA", "Participate", "init:doha talks", "positive", "asserted")], []),
    ("The rebel Sudan Liberation Movement has pulled out of the Juba talks.",
     [("org:n:sudan liberation movement", "Participate", "init:juba talks", "negative", "asserted")],
     [("org:n:sudan liberation movement", "Participate", "init:juba talks", "positive")]),
    # "thirteen of the members, including X and Y": X and Y
    ("The council discussed a resolution on Haiti. Twelve of the council's members, including France and Ecuador, "
     "voted for the resolution.",
     [("state:FR", "Support", "init:resolution on haiti", "positive", "asserted"),
      ("state:EC", "Support", "init:resolution on haiti", "positive", "asserted")], []),
    # applying, wanting or planning to join is asking to join; "no plans to apply" asks nothing
    ("Georgia had no plans to apply to join the Shanghai Cooperation Organisation.",
     [("state:GE", "Request", "org:sco", "negative", "intended")], [("state:GE", "MemberOf", "org:sco", "positive")]),
    ("Moldova has long wanted to join the European Union.",
     [("state:MD", "Request", "org:european-union", "positive", "asserted")],
     [("state:MD", "MemberOf", "org:european-union", "positive")]),
    # rejecting or dismissing claims that X did something denies it
    ("Beijing dismissed reports that it had shipped drones to Russia.",
     [("state:CN", "ProvideMilitaryAid", RU, "negative", "asserted")], [("state:CN", "ProvideMilitaryAid", RU, "positive")]),
    ("The Pentagon rejected suggestions that Washington had tried to derail the Cairo mediation.",
     [(US, "Block", "init:cairo mediation", "negative", "asserted")], [(US, "Block", "init:cairo mediation", "positive")]),
    ("Tehran did not deny reports that it had shipped drones to Russia.", [],
     [("state:IR", "ProvideMilitaryAid", RU, "positive"), ("state:IR", "ProvideMilitaryAid", RU, "negative")]),
    # not announcing a deal says nothing about it
    ("Vietnam and India did not announce any arms deals.", [],
     [("state:VN", "Cooperate", "state:IN", "negative"), ("state:VN", "Cooperate", "state:IN", "positive")]),
    # belonging to a body is membership; a territory belonging to a state is not
    ("Estonia belongs to both the EU and NATO.",
     [("state:EE", "MemberOf", "org:european-union", "positive", "asserted"), ("state:EE", "MemberOf", NATO, "positive", "asserted")], []),
    ("The Faroe Islands belong to Denmark.", [], [("place:faroe islands", "MemberOf", "state:DK", "positive")]),
    # troops sent "to help X forces" help X militarily
    ("Rwanda deployed troops to Cabo Delgado to help Mozambican forces fight the insurgents.",
     [("state:RW", "ProvideMilitaryAid", "state:MZ", "positive", "asserted")], []),
    # "the two governments" after a sentence naming two states: those two
    ("Russia backed the junta. Italy froze aid to Niger in 2023. Relations have since thawed: the two governments "
     "signed a roadmap to restore ties. Russia praised Niger.",
     [("state:IT", "Agree", "state:NE", "positive", "asserted")], [("state:NE", "Agree", RU, "positive")]),
    # chairing talks is taking part in them ("three rounds of talks" are the talks)
    ("The African Union envoy chaired three days of talks in Addis Ababa. Kenya chaired the Nairobi talks.",
     [("state:KE", "Participate", "init:nairobi talks", "positive", "asserted")], []),
    # a sum contributed is money, not a part; money for things in a state funds that state
    ("Sweden will contribute 2 billion kronor to the Global Fund.",
     [("state:SE", "Fund", "org:n:global fund", "positive", "intended")], [("state:SE", "Participate", "org:n:global fund", "positive")]),
    ("Japan would not finance new roads in rebel-held parts of Myanmar.",
     [("state:JP", "Fund", "state:MM", "negative", "intended")], [("state:JP", "Fund", "state:MM", "positive")]),
    ("The World Bank said it would release $250 million to Malawi.",
     [("org:world-bank", "Fund", "state:MW", "positive", "intended")], []),
    # receiving a gift is being given it; a received visitor is a meeting
    ("Jordan and Lebanon have received Saudi grants to house refugees.",
     [("state:SA", "Fund", "state:JO", "positive", "asserted"), ("state:SA", "Fund", "state:LB", "positive", "asserted")],
     [("state:JO", "Meet", "state:LB", "positive")]),
    ("Armenia has not received any howitzers from India.",
     [("state:IN", "ProvideMilitaryAid", "state:AM", "negative", "asserted")], []),
    ("Niger has received $150 million in Chinese loans.",
     [("state:CN", "Fund", "state:NE", "positive", "asserted")], []),
    # partners, allies and customers (of states and of persons)
    ("Bulgaria, Greece's biggest electricity customer, objected.",
     [("state:BG", "Cooperate", "state:GR", "positive", "asserted")], []),
    ("Ramzan Kadyrov is a close ally of Russian President Vladimir Putin.",
     [("person:ramzan kadyrov", "Cooperate", "person:vladimir putin", "positive", "asserted")], []),
    # "with X, with Y and with Z"; teaming up; distancing; severed contacts
    ("Ghana trades with Togo, with Benin and with Burkina Faso.",
     [("state:GH", "Cooperate", "state:TG", "positive", "asserted"), ("state:GH", "Cooperate", "state:BJ", "positive", "asserted"),
      ("state:GH", "Cooperate", "state:BF", "positive", "asserted")], []),
    ("Chile teamed up with Peru to press Bolivia.",
     [("state:CL", "Cooperate", "state:PE", "positive", "asserted")], []),
    ("Mali severed all contacts with Algeria's government.",
     [("state:ML", "Cooperate", "state:DZ", "negative", "asserted")], [("state:ML", "Cooperate", "state:DZ", "positive")]),
    ("Kazakhstan has distanced itself from Russia.",
     [("state:KZ", "Cooperate", RU, "negative", "asserted")], [("state:KZ", "Cooperate", RU, "positive")]),
    # recalling or expelling envoys downgrades ties
    ("Ecuador recalled its ambassador to Mexico.",
     [("state:EC", "Cooperate", "state:MX", "negative", "asserted")], [("state:EC", "Cooperate", "state:MX", "positive")]),
    ("Chad expelled the German ambassador.",
     [("state:TD", "Cooperate", "state:DE", "negative", "asserted")], [("state:TD", "Cooperate", "state:DE", "positive")]),
    # congratulating and shielding are stances for someone
    ("Moscow congratulated Tokayev on his re-election.",
     [(RU, "Support", "person:tokayev", "positive", "asserted")], []),
    ("China has shielded Myanmar at the Security Council.",
     [("state:CN", "Support", "state:MM", "positive", "asserted")], []),
    # members named after their body
    ("NATO members Norway and Denmark condemned the strike.",
     [("state:NO", "MemberOf", NATO, "positive", "asserted"), ("state:DK", "MemberOf", NATO, "positive", "asserted")], []),
    ("Lesotho, one of SADC's 16 members, voted against.",
     [("state:LS", "MemberOf", "org:sadc", "positive", "asserted")], []),
    # strikes on a side's positions, bases or plants strike that side
    ("Jordan carried out air strikes on Hezbollah positions in Syria.",
     [("state:JO", "Attack", "org:hezbollah", "positive", "asserted")], []),
    ("Russia launched drone attacks on Ukrainian power plants.", [("state:RU", "Attack", "state:UA", "positive", "asserted")], []),
    # membership of several bodies at once, and one denied apart
    ("Austria is not a member of NATO or the Gulf Cooperation Council.",
     [("state:AT", "MemberOf", NATO, "negative", "asserted")], [("state:AT", "MemberOf", NATO, "positive")]),
    ("Iceland is a member of NATO and the Council of Europe but not of the EU.",
     [("state:IS", "MemberOf", NATO, "positive", "asserted"), ("state:IS", "MemberOf", "org:european-union", "negative", "asserted")],
     [("state:IS", "MemberOf", "org:european-union", "positive")]),
    # a joint communique is an agreement
    ("Ghana signed a joint communique with Togo on border security.",
     [("state:GH", "Agree", "init:joint communique with togo", "positive", "asserted")], []),
    # a state's lawmakers led by someone are not the state he leads
    ("Canadian lawmakers led by Senator Jane Doe urged sanctions.", [],
     [("person:jane doe", "LeaderOf", "state:CA", "positive")]),
    # "the switch" far from its act is the story's lead: cutting ties is such an act
    ("Paraguay severed diplomatic ties with Taiwan on Monday and recognised Beijing. Officials in Asuncion gave "
     "few details. Taiwan expressed regret. Brazil stayed silent. The United States criticised the switch.",
     [(US, "Criticize", "state:PY", "positive", "asserted")], []),
    # what analysts say may happen is no move to condemn
    ("Sweden sent warships to Estonia on Monday. Analysts said Norway could also arm Estonia. Moscow criticised the move.",
     [(RU, "Criticize", "state:SE", "positive", "asserted")], [(RU, "Criticize", "state:NO", "positive")]),
    # a verb acting on a share of the thing acts on the thing; "its" with a light verb is the verb's subject
    ("Japan had frozen most of its development assistance to Myanmar.",
     [("state:JP", "Fund", "state:MM", "negative", "asserted")], [("state:JP", "Fund", "state:MM", "positive")]),
    ("The European Union, which Croatia joined in 2013, lifted most of its sanctions on Belarus.",
     [(EU, "Sanction", "state:BY", "negative", "asserted")], [("state:HR", "Sanction", "state:BY", "negative")]),
    # more words of judgement; disagreeing with a decision; paying for someone's effort
    ("Ankara called the Greek plan \"a land grab\".", [("state:TR", "Criticize", "init:greek plan", "positive", "asserted")], []),
    ("Canada disagreed with India's decision.", [("state:CA", "Oppose", "state:IN", "positive", "asserted")], []),
    ("Japan has bankrolled Indonesia's fight against deforestation for years.",
     [("state:JP", "Fund", "state:ID", "positive", "asserted")], []),
    # "Latin American" is a region's, not the United States'
    ("Bolivia recalled its envoy, making it the second Latin American country to cut ties with Israel.",
     [("state:BO", "Cooperate", "state:IL", "negative", "asserted")], [(US, "Cooperate", "state:IL", "negative")]),
    # "the ministry" is the ministry named before; "adding that it" continues the one who said
    ("Egypt's foreign ministry voiced concern on Monday. Egypt had always backed the unity of Sudan, the ministry "
     "said, adding that it would not walk away from the Jeddah talks.",
     [("state:EG", "Participate", "init:jeddah talks", "positive", "intended")],
     [("state:SD", "Participate", "init:jeddah talks", "positive")]),
    # co-hosts of earlier rounds took part in those talks; they did not meet each other
    ("Qatar and Egypt held talks with Hamas in Doha in May. Jordan and Oman had hosted earlier rounds.",
     [("state:JO", "Participate", "init:talks with hamas in doha", "positive", "asserted")],
     [("state:JO", "Meet", "state:OM", "positive")]),
    # a recipient named before the goods; a time is no target
    ("Russia has sold Vietnam tanks and two frigates.", [(RU, "ProvideMilitaryAid", "state:VN", "positive", "asserted")], []),
    ("Eritrean forces fired rockets into Ethiopian border towns on Tuesday.",
     [("state:ER", "Attack", "state:ET", "positive", "asserted")], []),
    # opening or closing an embassy in a capital resumes or ends ties with its state
    ("Iran reopened its embassy in Riyadh on Tuesday.", [("state:IR", "Cooperate", "state:SA", "positive", "asserted")], []),
    ("Taiwan has closed its embassy in Tegucigalpa.", [("state:TW", "Cooperate", "state:HN", "negative", "asserted")],
     [("state:TW", "Cooperate", "state:HN", "positive")]),
    # "the two Gulf rivals" are the two states just named; mending verbs are light verbs of "ties"
    ("Qatar and Bahrain cut ties in 2017. Two years later the two Gulf rivals restored ties.",
     [("state:QA", "Cooperate", "state:BH", "positive", "asserted")], []),
    ("Tehran was also ready to upgrade ties with Bahrain.", [("state:IR", "Cooperate", "state:BH", "positive", "intended")], []),
    # … but relations "between X and Y" are X's and Y's, not the broker's
    ("The White House announced a deal it brokered to normalise relations between Morocco and Israel.",
     [("state:MA", "Cooperate", "state:IL", "positive", "asserted")], [(US, "Cooperate", "state:IL", "positive")]),
    # "the military" in a story about one state's junta is that state's, not the last state named
    ("RANGOON, May 2 (News) - Myanmar's junta extended emergency rule. Myanmar said the vote would wait, and "
     "Myanmar's generals held power. Washington urged ASEAN to keep up pressure, saying the bloc should not "
     "normalise relations with the military.",
     [("org:asean", "Cooperate", "state:MM", "negative", "obligated")], [("org:asean", "Cooperate", US, "negative")]),
    # "the raid", "the strikes": the last attack's side; striking a side's arms strikes that side
    ("Ecuadorian police stormed the Mexican embassy in Quito on Friday. Mexican President Andres Manuel Lopez "
     "Obrador called the raid \"an authoritarian act\".",
     [("person:andres manuel lopez obrador", "Criticize", "state:EC", "positive", "asserted")], []),
    ("Israel struck Iranian air defences on Saturday. Saudi Arabia condemned the strikes.",
     [("state:IL", "Attack", "state:IR", "positive", "asserted"), ("state:SA", "Criticize", "state:IL", "positive", "asserted")],
     [("state:IL", "Criticize", "init:iranian air defences", "positive")]),
    # a finite verb the parser hangs on a long apposition's noun still has the sentence's subject
    ("Thailand and Cambodia clashed on Monday. China, Cambodia's closest ally, which has financed much of the "
     "country's road network, called on both sides to show restraint.",
     [("state:CN", "Request", "state:KH", "positive", "asserted")], []),
    # those who met on the sidelines of a summit took part in it; a hoped-for meeting is no such part
    ("Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held talks on the sidelines of the "
     "BRICS summit in Kazan.",
     [("person:narendra modi", "Participate", "init:brics summit in kazan", "positive", "asserted")], []),
    ("Charles Michel had hoped to bring the two leaders together on the sidelines of a European summit in Granada.",
     [], [("person:charles michel", "Participate", "init:european summit in granada", "positive")]),
    # ending a defence accord with a state ends that cooperation
    ("Mali ended a defence accord with Algeria in January.",
     [("state:ML", "Cooperate", "state:DZ", "negative", "asserted")], [("state:ML", "Cooperate", "state:DZ", "positive")]),
    # an armed group's gunmen act for it, also through "whose"
    ("Hamas, the group whose gunmen attacked southern Israel in October, rejected the plan.",
     [("org:hamas", "Attack", "state:IL", "positive", "asserted")], []),
    # a judged "move" set beside a clause, however it is parsed, is its subject's act
    ("Ghana closed its consulate in Lagos last month, a step Nigeria criticised.",
     [("state:NG", "Criticize", "state:GH", "positive", "asserted")], []),
    ("Turkey raised duties on steel and quietly blocked grain shipments, measures Kyiv denounced as blackmail.",
     [("state:UA", "Criticize", "state:TR", "positive", "asserted")], []),
    # a finite verb joined to what is denied or refused is said, not denied: "denies X-ing and accuses Y"
    ("Uganda denies arming the militia and accuses Kenya of sheltering its leaders.",
     [("state:UG", "Criticize", "state:KE", "positive", "asserted")], [("state:UG", "Criticize", "state:KE", "negative")]),
    ("Chile refused to sign the declaration and criticised Bolivia.",
     [("state:CL", "Criticize", "state:BO", "positive", "asserted")], [("state:CL", "Criticize", "state:BO", "negative")]),
    ("Senegal's minister said Senegal had never refused to attend the summit and blamed Gambia for the delay.",
     [], [("state:SN", "Criticize", "state:GM", "negative")]),
    ("Spain kept urging Morocco to reopen the border and asked the EU to help.",
     [("state:ES", "Request", EU, "positive", "asserted")], [(EU, "Request", EU, "positive")]),
    # only the first "to" phrase is what one signs up to
    ("Vietnam has not signed up to Washington's curbs on exports of advanced chips to China.",
     [], [("state:VN", "Agree", "state:CN", "negative")]),
    # the talks a host offers are as likely as the offer
    ("Qatar offered to host talks between Ethiopia and Eritrea.",
     [("state:ET", "Meet", "state:ER", "positive", "intended")], []),
    # ties that sour or plunge are neither kept nor cut
    ("Relations between Peru and Mexico have soured since the envoy left.", [],
     [("state:PE", "Cooperate", "state:MX", "positive"), ("state:PE", "Cooperate", "state:MX", "negative")]),
    # "seldom", "rarely": as good as never
    ("Beijing has rarely criticised Pyongyang in public.",
     [("state:CN", "Criticize", "state:KP", "negative", "asserted")], [("state:CN", "Criticize", "state:KP", "positive")]),
    # an arms supplier arms; a gas supplier only trades
    ("France remains Egypt's main arms supplier.", [("state:FR", "ProvideMilitaryAid", "state:EG", "positive", "asserted")], []),
    ("Algeria is Spain's biggest gas supplier.", [("state:DZ", "Cooperate", "state:ES", "positive", "asserted")],
     [("state:DZ", "ProvideMilitaryAid", "state:ES", "positive")]),
    # "her Chinese counterpart Wang Yi" is Wang, never the owner of "her"; plural counterparts are each state
    ("Foreign Minister Annalena Baerbock, who has yet to meet her Chinese counterpart Wang Yi, said Berlin would wait.",
     [("person:annalena baerbock", "Meet", "person:wang yi", "negative", "asserted")],
     [("person:annalena baerbock", "Meet", "person:annalena baerbock", "negative")]),
    ("Indian Foreign Minister Subrahmanyam Jaishankar, who is due to host his Nepali and Bhutanese counterparts next week, "
     "urged calm.",
     [("person:subrahmanyam jaishankar", "Meet", "state:NP", "positive", "intended"),
      ("person:subrahmanyam jaishankar", "Meet", "state:BT", "positive", "intended")], []),
    # "one of X's backers", "among the largest funders of": an agent noun's holder
    ("Lithuania has been one of Georgia's staunchest backers.", [("state:LT", "Support", "state:GE", "positive", "asserted")], []),
    ("Sweden is among the largest funders of UNRWA.", [("state:SE", "Fund", "org:unrwa", "positive", "asserted")], []),
    # a bloc described in apposition includes its members; states "make up" a grouping
    ("ECOWAS, a 15-nation bloc that includes Ghana and Togo, urged restraint.",
     [("state:GH", "MemberOf", "org:ecowas", "positive", "asserted"), ("state:TG", "MemberOf", "org:ecowas", "positive", "asserted")], []),
    ("Brazil and India, along with China and South Africa, make up the BRICS group.",  # ("along with" on the verb)
     [("state:BR", "MemberOf", "org:brics", "positive", "asserted"), ("state:ZA", "MemberOf", "org:brics", "positive", "asserted")], []),
    # "is in talks with": its subject meets them, as the verb fares
    ("Zambia is in talks with China and France on its debt.",
     [("state:ZM", "Meet", "state:CN", "positive", "asserted"), ("state:ZM", "Meet", "state:FR", "positive", "asserted")], []),
    ("Kenya was not in talks with Somalia.", [("state:KE", "Meet", "state:SO", "negative", "asserted")],
     [("state:KE", "Meet", "state:SO", "positive")]),
    # troops sent to a state help it militarily; an effort troops are sent to is taken part in
    ("Burundi has sent special forces to Kinshasa at Tshisekedi's request.",
     [("state:BI", "ProvideMilitaryAid", "state:CD", "positive", "asserted")], []),
    ("Jamaica will send 200 soldiers to the Haiti mission.", [("state:JM", "Participate", "init:haiti mission", "positive", "intended")],
     [("state:JM", "ProvideMilitaryAid", "init:haiti mission", "positive")]),
    # "the group" right after an armed group is that group, not a bloc named earlier
    ("The EU met in Brussels on Monday. The Houthis fired a missile at a tanker. Iran denies arming the group.",
     [("state:IR", "ProvideMilitaryAid", "org:houthis", "negative", "asserted")],
     [("state:IR", "ProvideMilitaryAid", EU, "negative")]),
    # a passive conjunct with its own agent: "chaired by X and attended by Y"
    ("The summit in Kazan was chaired by Russia and attended by India.",
     [("state:IN", "Participate", "init:summit in kazan", "positive", "asserted")], []),
    # a hyphenated pair of sides holds the joint activity
    ("Thousands of troops joined the annual Japan-Australia Southern Jackaroo exercises on Monday.",
     [("state:JP", "Participate", "init:annual australia southern jackaroo exercises", "positive", "asserted"),
      ("state:AU", "Participate", "init:annual australia southern jackaroo exercises", "positive", "asserted")], []),
    ("Tokyo said the planned US-South Korea drills would go ahead.",
     [("state:US", "Participate", "init:south korea drills", "positive", "intended"),
      ("state:KR", "Participate", "init:south korea drills", "positive", "intended")], []),
    # an unnamed official acts for the state or body they serve; a former one for no one
    ("A senior Turkish diplomat urged Sweden to curb the protests.",
     [("state:TR", "Request", "state:SE", "positive", "asserted")], []),
    ("A Nigerian foreign ministry spokesman called on Niger to free the president.",
     [("state:NG", "Request", "state:NE", "positive", "asserted")], []),
    ("A former Turkish diplomat urged Sweden to curb the protests.", [], [("state:TR", "Request", "state:SE", "positive")]),
    # "said A would happen, and called on B": the second verb is the speaker's, not the clause's subject's
    ("Minister Tom Varga said Serbian police who entered Kosovo would be arrested, and called on Belgrade to pull them back.",
     [("person:tom varga", "Request", "state:RS", "positive", "asserted")], [("state:RS", "Request", "state:RS", "positive")]),
    # … but a clause reported before its speech verb keeps its own subject
    ("Japan has not joined the blockade but backs a negotiated settlement, a Japanese official said.",
     [("state:JP", "Support", "init:negotiated settlement", "positive", "asserted")], []),
    # saying another party should act asks it to; "should have acted" reproaches it
    ("Ambassador Olga Brandt said Ankara should release the detained journalists.",
     [("person:olga brandt", "Request", "state:TR", "positive", "asserted")], []),
    ("Ambassador Olga Brandt said Ankara should have released the journalists last year.",
     [("person:olga brandt", "Criticize", "state:TR", "positive", "asserted")], [("person:olga brandt", "Request", "state:TR", "positive")]),
    # … an appeal to "both governments" leaves the reader to guess who; a past "had to" asks no one
    ("Ambassador Olga Brandt said both governments should release the journalists.", [],
     [("person:olga brandt", "Request", "state:TR", "positive")]),
    ("Ambassador Olga Brandt said Turkey had to release the journalists.", [],
     [("person:olga brandt", "Request", "state:TR", "positive")]),
    # a "not" the parser hangs on the auxiliary still negates ("did not, however, …")
    ("Ankara did not, however, oppose Stockholm's bid.",
     [("state:TR", "Oppose", "state:SE", "negative", "asserted")], [("state:TR", "Oppose", "state:SE", "positive")]),
    # condemning an invasion is a stance on the invader, as the gold sets have it
    ("Serbia has never condemned Moscow's invasion of Ukraine.",
     [("state:RS", "Criticize", RU, "negative", "asserted")], [("state:RS", "Criticize", RU, "positive")]),
    # condemning strikes "on" a city is no stance on the city; a treaty named after a capital is not
    # the capital's state
    ("Brazil condemned the strikes on Kharkiv.", [], [("state:BR", "Criticize", "org:n:kharkiv", "positive")]),
    ("Peru denounced the violation of the Vienna Convention.", [], [("state:PE", "Criticize", "state:AT", "positive")]),
    # "paused", "slashed", "withheld" reverse the act of their noun, as "suspended" and "cut" do
    ("Cairo paused talks with Addis Ababa, and Washington slashed military aid to Egypt.",
     [("state:EG", "Meet", "state:ET", "negative", "asserted"), (US, "ProvideMilitaryAid", "state:EG", "negative", "asserted")],
     [("state:EG", "Meet", "state:ET", "positive"), (US, "ProvideMilitaryAid", "state:EG", "positive")]),
    # "budget support", "military support": a gift of that kind, not a stance
    ("Belgium suspended budget support to Burundi in 2016.",
     [("state:BE", "Fund", "state:BI", "negative", "asserted")], [("state:BE", "Support", "state:BI", "negative")]),
    # a trip to a state's capital is a visit to the state (Meet), as the verb fares
    ("Chancellor Olaf Scholz will not travel to Beijing this year.",
     [("person:olaf scholz", "Meet", "state:CN", "negative", "intended")], [("person:olaf scholz", "Meet", "state:CN", "positive")]),
    # a restriction on goods named by their origin restricts that state ("curbs on Ukrainian grain imports")
    ("Romania has not lifted its curbs on Ukrainian grain imports.",
     [("state:RO", "Sanction", UA, "positive", "asserted")], [("state:RO", "Sanction", UA, "negative")]),
    # backing tariffs on a country's goods is no backing of that country
    ("Greece backed tariffs on Turkish fruit.", [],
     [("state:GR", "Support", "state:TR", "positive"), ("state:GR", "Support", "state:TR", "negative")]),
    # a family name written first is the person's ("Wang Yi … Wang urged"), not an organisation
    ("Foreign Minister Wang Yi met Antony Blinken in Rome on Friday. Wang urged Washington to lift the sanctions.",
     [("person:wang yi", "Request", US, "positive", "asserted")], [("org:n:wang", "Request", US, "positive")]),
    # a second surname ("Sánchez Suárez … Sánchez urged"), where no last name matches
    ("Colombian Defence Minister Pedro Arturo Sánchez Suárez arrived in Caracas on Monday. Sánchez urged Venezuela to free the detained soldiers.",
     [("person:pedro arturo sanchez suarez", "Request", "state:VE", "positive", "asserted")], []),
    # "He" opening a sentence continues the last sentence's subject, not the person named last
    ("Mexico's envoy, Juan Ramon de la Fuente, dismissed Bolton's remarks as biased. He accused the United States of meddling in Venezuela.",
     [("person:juan ramon de la fuente", "Criticize", US, "positive", "asserted")], [("person:bolton", "Criticize", US, "positive")]),
    # "has not announced any plan to leave" the bloc: no plan to leave it, so still a member
    ("Senegal has not announced any plan to leave ECOWAS.", [], [("state:SN", "MemberOf", "org:ecowas", "negative")]),
    # "denied any plan to invade": no plan, so a negated intent (never a positive one)
    ("Ankara denied any plan to invade Syria.",
     [("state:TR", "Attack", "state:SY", "negative", "intended")], [("state:TR", "Attack", "state:SY", "positive")]),
    # ties that "cooled" or were "curtailed" are ties reduced
    ("Lima has cooled its trade ties with Caracas, and Ghana curtailed its military cooperation with Mali.",
     [("state:PE", "Cooperate", "state:VE", "negative", "asserted"), ("state:GH", "Cooperate", "state:ML", "negative", "asserted")],
     [("state:PE", "Cooperate", "state:VE", "positive"), ("state:GH", "Cooperate", "state:ML", "positive")]),
    # "the government in Lisbon" is Portugal's, whatever state the story named last
    ("Spain cannot sink the trade accord alone. Lawmakers have obliged the government in Lisbon to veto the trade accord.",
     [("state:PT", "Block", "init:trade accord", "positive", "obligated")], [("state:ES", "Block", "init:trade accord", "positive")]),
    # standing "behind" someone, throwing one's support behind them: backing
    ("Portugal stood behind Lisbon's ally Cape Verde, and President Lula threw his support behind Angola.",
     [("state:PT", "Support", "state:CV", "positive", "asserted"), ("person:lula", "Support", "state:AO", "positive", "asserted")], []),
    # a phone call "with" someone, or speaking "to" someone "in a call", is a meeting
    ("Chancellor Olaf Scholz held a phone call with Emmanuel Macron, and Recep Tayyip Erdogan apologised to Vladimir Putin in a call.",
     [("person:olaf scholz", "Meet", "person:emmanuel macron", "positive", "asserted"),
      ("person:recep tayyip erdogan", "Meet", "person:vladimir putin", "positive", "asserted")], []),
    # coordinating "with" a partner is cooperation; "coordinating assistance" is not
    ("Tokyo will coordinate closely with Canberra, and NATO is coordinating assistance for Moldova.",
     [("state:JP", "Cooperate", "state:AU", "positive", "intended")], [("org:nato", "Cooperate", "state:MD", "positive")]),
    # troops or contingents from a state, or a state's troops, arriving or serving with a mission
    ("The UN mission in Mali needs more soldiers. Contingents from Chad and Togo will arrive next month, "
     "and Irish soldiers serving with UNIFIL came home.",
     [("state:TD", "Participate", "init:united nations mission in mali", "positive", "intended"),
      ("state:TG", "Participate", "init:united nations mission in mali", "positive", "intended"),
      ("state:IE", "Participate", "org:unifil", "positive", "asserted")], []),
    # envoys or a delegation "from" a state act for it; "attended" or "did not attend" alone is
    # about the talks just named; "took no part" denies the part
    ("Colombian and Venezuelan envoys opened border talks in Cucuta on Monday. A delegation from Brazil "
     "attended the talks, and envoys from Chile and Peru attended as observers. Uruguay did not attend. "
     "Bolivia took no part in the talks.",
     [("state:BR", "Participate", "init:border talks in cucuta", "positive", "asserted"),
      ("state:CL", "Participate", "init:border talks in cucuta", "positive", "asserted"),
      ("state:PE", "Participate", "init:border talks in cucuta", "positive", "asserted"),
      ("state:UY", "Participate", "init:border talks in cucuta", "negative", "asserted"),
      ("state:BO", "Participate", "init:border talks in cucuta", "negative", "asserted")],
     [("state:BO", "Participate", "init:border talks in cucuta", "positive")]),
    # a praise word under a negation is a judgement against ("neither free nor fair")
    ("Lukashenko won a seventh term in the January election. Washington called the election neither free nor fair.",
     [("state:US", "Criticize", "init:january election", "positive", "asserted")],
     [("state:US", "Support", "init:january election", "positive")]),
    # … but a "not" in a clause of its own does not undo the insult
    ("Lukashenko won a seventh term in the January election. Washington called the election a farce that could not be accepted.",
     [("state:US", "Criticize", "init:january election", "positive", "asserted")], []),
    # a participle the model tags as an adjective is still a verb ("armed"), and two verbs share
    # an object that a time phrase follows ("bankrolled and armed X for years")
    ("Tehran has bankrolled and armed Hamas since 2007.",
     [("state:IR", "Fund", "org:hamas", "positive", "asserted"),
      ("state:IR", "ProvideMilitaryAid", "org:hamas", "positive", "asserted")], []),
    # military bases in a state are ties with it ("has no bases in X": none)
    ("Paris, which keeps military bases in Djibouti and Gabon, urged calm. Japan has no bases in Iraq.",
     [("state:FR", "Cooperate", "state:DJ", "positive", "asserted"),
      ("state:FR", "Cooperate", "state:GA", "positive", "asserted"),
      ("state:JP", "Cooperate", "state:IQ", "negative", "asserted")],
     [("state:JP", "Cooperate", "state:IQ", "positive")]),
    # a border kept shut, or traffic restricted at the crossings, restricts the other side
    ("Turkey has kept its border with Armenia closed since 1993. Estonia restricted traffic at its crossings with Russia.",
     [("state:TR", "Sanction", "state:AM", "positive", "asserted"),
      ("state:EE", "Sanction", "state:RU", "positive", "asserted")], []),
    # envoys recalled "from" a capital leave its state; forces pulled out of a state are
    # military help withdrawn from it
    ("Chile recalled its envoys from Caracas and Managua. Britain pulled its troops out of Oman and Qatar.",
     [("state:CL", "Cooperate", "state:VE", "negative", "asserted"),
      ("state:CL", "Cooperate", "state:NI", "negative", "asserted"),
      ("state:GB", "ProvideMilitaryAid", "state:OM", "negative", "asserted"),
      ("state:GB", "ProvideMilitaryAid", "state:QA", "negative", "asserted")], []),
    # a participle with its own agent: "talks mediated by X", "a move condemned by Y"
    ("Sudan peace talks mediated by Kenya and Ethiopia resumed in Nairobi. Russia annexed the region, "
     "a move condemned by Norway and Iceland.",
     [("state:KE", "Participate", "init:sudan peace talks", "positive", "asserted"),
      ("state:NO", "Criticize", "state:RU", "positive", "asserted"),
      ("state:IS", "Criticize", "state:RU", "positive", "asserted")], []),
    # a state's "patron" backs it; "accused each other" is each accusing the other
    ("Iran, the main patron of Hezbollah, sent more instructors. Armenia and Azerbaijan blamed each other for the clashes.",
     [("state:IR", "Support", "org:hezbollah", "positive", "asserted"),
      ("state:AM", "Criticize", "state:AZ", "positive", "asserted"),
      ("state:AZ", "Criticize", "state:AM", "positive", "asserted")], []),
    # … but a "former" backer or one "once" its patron backs it no longer
    ("Iran, once the main patron of Hezbollah, sent instructors. Qatar, a former backer of Hamas, sent aid.", [],
     [("state:IR", "Support", "org:hezbollah", "positive"), ("state:QA", "Support", "org:hamas", "positive")]),
    # "Serb" and "Croat" gunmen are not Serbia's or Croatia's
    ("Serb militants attacked Kosovo police near Zvecan, and Croat gunmen fired on a Bosnian patrol.", [],
     [("state:RS", "Attack", "state:XK", "positive"), ("state:HR", "Attack", "state:BA", "positive")]),
    # "the United Nations envoy" is not the African Union's chairman named just before
    ("The African Union's chairman, Moussa Faki, urged calm. The United Nations envoy criticised Rwanda.", [],
     [("person:moussa faki", "Criticize", "state:RW", "positive")]),
    # "turned down" an offer or requests "from" someone rejects them (and they were asked);
    # "turned on" someone is still an attack
    ("Chile turned down requests from Peru, and Nepal turned down the Indian proposal.",
     [("state:CL", "Oppose", "state:PE", "positive", "asserted"), ("state:PE", "Request", "state:CL", "positive", "asserted"),
      ("state:NP", "Oppose", "init:indian proposal", "positive", "asserted")], []),
    # … which says nothing about troops arriving in a state
    ("The EU mission in Kosovo is growing. Serbian troops arrived in Belgrade.",
     [], [("state:RS", "Participate", "state:RS", "positive")]),
    # an acronym the model leaves untagged is a body when used as one; in brackets after a
    # name, it is that name
    ("The FLNKS, the largest opposition alliance, rejected the budget. Ghana criticised the FLNKS.",
     [("state:GH", "Criticize", "org:n:flnks", "positive", "asserted")], []),
    ("Rebels of the Allied Democratic Forces (ADF) raided a village. Kampala has long blamed the ADF for the raids.",
     [("state:UG", "Criticize", "org:allied-democratic-forces", "positive", "asserted")], []),
    # "the Security Council's" is the Security Council, the UN's
    ("Brazil urged the Security Council's members to act, and Chile urged the Security Council to meet.",
     [("state:CL", "Request", "org:un-security-council", "positive", "asserted")], []),
    # a strike on no one named is still the act a later "the strike" points back at
    ("A Turkish drone strike killed two commanders near Sinjar on Sunday. Baghdad condemned the strike.",
     [("state:IQ", "Criticize", "state:TR", "positive", "asserted")], []),
    # "the armed forces" are the story's state's, not the last two states named
    (("Gabon's opposition rallied in Libreville as Cameroon and Chad watched. Gabon's president called early "
      "elections, and Gabon's courts upheld the decree. Opposition leader Paul Ndong urged the armed forces to "
      "stay neutral."),
     [("person:paul ndong", "Request", "state:GA", "positive", "asserted")],
     [("person:paul ndong", "Request", "state:CM", "positive"), ("person:paul ndong", "Request", "state:TD", "positive")]),
    # joining another's measures: the joiner's own act is what the verb says; the owner's stand
    ("Ottawa refused to join U.S. sanctions against Cuba.",
     [("state:CA", "Sanction", "state:CU", "negative", "asserted"), (US, "Sanction", "state:CU", "positive", "asserted")],
     [(US, "Sanction", "state:CU", "negative")]),
    # a noun event "looks unlikely" as a clause would be
    ("A visit to Seoul by Japanese Prime Minister Taro Sato now seems unlikely to happen.",
     [("person:taro sato", "Meet", "state:KR", "negative", "possible")], [("person:taro sato", "Meet", "state:KR", "positive")]),
    # the members of a named armed group act for it; a state's rebels do not
    ("Kigali has denied arming the M23 rebels.", [("state:RW", "ProvideMilitaryAid", "org:m23", "negative", "asserted")],
     [("state:RW", "ProvideMilitaryAid", "org:m23", "positive")]),
    ("Moscow has lined up behind Caracas.", [(RU, "Support", "state:VE", "positive", "asserted")], []),
    # a coup is an initiative; "the uprising", "the attempt" point back at it, and "the coup" is
    # the story's own
    ("Gabonese officers seized the palace in a coup attempt. Chad condemned the uprising, and Cameroon denounced the attempt.",
     [("state:TD", "Criticize", "init:coup attempt", "positive", "asserted"),
      ("state:CM", "Criticize", "init:coup attempt", "positive", "asserted")], []),
    (("Guinea's soldiers seized power after a coup in Mali two years ago. Guinea's borders closed, and Guinea's "
      "president was detained. The African Union condemned the coup."),
     [("org:african-union", "Criticize", "init:guinea coup", "positive", "asserted")],
     [("org:african-union", "Criticize", "init:coup in mali", "positive")]),
    # what made someone act: "prompted (led) X to …" makes X the actor
    ("The dispute prompted Morocco to recall its ambassador from Madrid.",
     [("state:MA", "Cooperate", "state:ES", "negative", "asserted")], []),
    ("The incident led Chile to cut ties with Bolivia.", [("state:CL", "Cooperate", "state:BO", "negative", "asserted")], []),
    # courting a state, falling out with someone; a call is talks, an interview is not
    ("Serbia has courted Beijing, while Kenya has fallen out with Tanzania.",
     [("state:RS", "Cooperate", "state:CN", "positive", "asserted"),
      ("state:KE", "Cooperate", "state:TZ", "negative", "asserted")], [("state:KE", "Cooperate", "state:TZ", "positive")]),
    ("Emmanuel Macron spoke to Xi Jinping by telephone. Speaking to Anne Dupont of Le Monde, Xi Jinping said little.",
     [("person:emmanuel macron", "Meet", "person:xi jinping", "positive", "asserted")],
     [("person:xi jinping", "Meet", "person:anne dupont", "positive")]),
    # threats of measures name their targets, by their goods too
    ("Washington threatened 30% tariffs on Brazilian and Indian goods.",
     [(US, "Threaten", "state:BR", "positive", "asserted"), (US, "Threaten", "state:IN", "positive", "asserted")], []),
    ("Pyongyang warned of countermeasures against Tokyo.", [("state:KP", "Threaten", "state:JP", "positive", "asserted")], []),
    # freezing someone's assets sanctions them; a passive's "on" hung on the agent still targets
    ("Canada froze the assets of several Belarusian generals, and Norway has not seized Russia's assets.",
     [("state:CA", "Sanction", "state:BY", "positive", "asserted"), ("state:NO", "Sanction", RU, "negative", "asserted")],
     [("state:NO", "Sanction", RU, "positive")]),
    ("Sanctions were imposed last week by the U.S. Treasury on Cuba's interior ministry.",
     [(US, "Sanction", "state:CU", "positive", "asserted")], []),
    # a loan won or secured from someone is their funding
    ("Pakistan secured a $7 billion loan from the International Monetary Fund.",
     [("org:imf", "Fund", "state:PK", "positive", "asserted")], []),
    # troops a state keeps or stations in another help it; an occupier's troops do not
    ("Paris keeps about 900 troops in Djibouti, and the 4,000 Italian soldiers stationed in Lebanon will stay.",
     [("state:FR", "ProvideMilitaryAid", "state:DJ", "positive", "asserted"),
      ("state:IT", "ProvideMilitaryAid", "state:LB", "positive", "asserted")], []),
    ("Russia invaded Georgia in 2008. Russia still keeps 4,000 troops in Georgia.",
     [], [(RU, "ProvideMilitaryAid", "state:GE", "positive")]),
    # artillery and warplanes act for their side; a town captured is an attack on its state, a
    # soldier captured is not
    ("Armenian artillery shelled Azerbaijani villages, and Sudanese rebels captured the Chadian town of Adre.",
     [("state:AM", "Attack", "state:AZ", "positive", "asserted")], []),
    ("Kyiv said it had captured two Russian soldiers.", [], [("state:UA", "Attack", RU, "positive")]),
    # "Houthi" as a modifier is the movement, not the leader whose surname it is
    ("Houthi leader Abdul-Malik al-Houthi vowed revenge. U.S. warplanes pounded Houthi radar sites.",
     [(US, "Attack", "org:houthis", "positive", "asserted")], [(US, "Attack", "person:abdul malik al houthi", "positive")]),
    # a dateline of two capitals is not part of the story, and home to neither
    ("LIMA/SANTIAGO, May 3 (News) - Peru and Bolivia signed a border accord on Friday.",
     [("state:PE", "Agree", "state:BO", "positive", "asserted")], [("state:CL", "Agree", "state:PE", "positive")]),
    # an invitation is a request; what the invited would do is not done
    ("Ghana invited the African Union to join the monitoring mission in Togo.",
     [("state:GH", "Request", "org:african-union", "positive", "asserted")],
     [("org:african-union", "Participate", "init:monitoring mission in togo", "positive")]),
    # the founders of a body are its members
    ("Kenya, Uganda and Tanzania founded the East African Community in 1967.",
     [("state:KE", "MemberOf", "org:eac", "positive", "asserted"), ("state:TZ", "MemberOf", "org:eac", "positive", "asserted")], []),
    ("Chile and Peru, which set up the Pacific Alliance with Colombia, backed the plan.",
     [("state:CL", "MemberOf", "org:n:pacific alliance", "positive", "asserted"),
      ("state:PE", "MemberOf", "org:n:pacific alliance", "positive", "asserted"),
      ("state:CO", "MemberOf", "org:n:pacific alliance", "positive", "asserted")], []),
    # "give A, B and C money" parsed as two objects: the first receives
    ("Sweden will give Estonia, Latvia and Lithuania 50 million euros to protect their borders.",
     [("state:SE", "Fund", "state:EE", "positive", "intended"), ("state:SE", "Fund", "state:LT", "positive", "intended")], []),
    # a member's share of a body's budget is funding of the body
    ("Venezuela has stopped paying its share of the OAS budget.", [("state:VE", "Fund", "org:oas", "negative", "asserted")],
     [("state:VE", "Fund", "org:oas", "positive")]),
    # "South American" is a region's word, not the United States'
    ("Colombia agreed to take back the migrants hours after Trump ordered tariffs and visa bans on the South American country.",
     [("person:trump", "Sanction", "state:CO", "positive", "asserted")], [("person:trump", "Sanction", US, "positive")]),
    # a body's members listed after a comma or a dash
    ("ASEAN's five founding members, Indonesia, Malaysia, the Philippines, Singapore and Thailand, met in Bangkok.",
     [("state:ID", "MemberOf", "org:asean", "positive", "asserted"), ("state:TH", "MemberOf", "org:asean", "positive", "asserted")], []),
    # what is done only "before" something else is not asserted, unless the story tells it as past
    ("Finland served as a neutral state for decades before joining NATO.",
     [("state:FI", "MemberOf", NATO, "positive", "asserted")], []),
    ("Under the treaty, Fiji must consult Australia before inviting Chinese police officers.", [],
     [("state:FJ", "Request", "state:CN", "positive")]),
    # a modifier's own words stay in an initiative's name ("Nigerian-led", "high-level")
    ("Nigeria backed the Nigerian-led standby force in Gambia, and Kenya has cut its funding for the high-level talks in Juba.",
     [("state:NG", "Support", "init:nigerian led standby force in gambia", "positive", "asserted"),
      ("state:KE", "Fund", "init:high level talks in juba", "negative", "asserted")], []),
    # a bare "the accusations" / "the demand" points back at who made it (the claim made against
    # the subject, when there is one)
    ("Estonia and Latvia accused Russia of jamming GPS signals over the Baltic. Moscow dismissed the allegations.",
     [("state:RU", "Oppose", "state:EE", "positive", "asserted"), ("state:RU", "Oppose", "state:LV", "positive", "asserted")],
     []),
    ("Chile demanded that Bolivia return the seized trucks, a demand La Paz has rejected.",
     [("state:BO", "Oppose", "state:CL", "positive", "asserted")], []),
    ("Peru urged Ecuador to reopen the border. Colombia accused Venezuela of harbouring rebels. Ecuador rejected the demand.",
     [("state:EC", "Oppose", "state:PE", "positive", "asserted")], [("state:EC", "Oppose", "state:CO", "positive")]),
    # regional bodies with a known membership are blocs: their "member states" are theirs
    ("Leaders of the Southern African Development Community met in Harare, and member states including Malawi and Zambia pledged troops.",
     [("state:MW", "MemberOf", "org:sadc", "positive", "asserted")], []),
    ("The Organization of American States sent observers. Later, member states including Peru and Chile called for a recount.",
     [("state:PE", "MemberOf", "org:oas", "positive", "asserted")], []),
    # (a person's "former ally" is a person, not the bloc in the story)
    ("NATO leaders met in Vilnius. Days later Erdogan accused his former ally of plotting a coup.",
     [], [("person:erdogan", "Criticize", "org:nato", "positive")]),
    # a possessed act under a negated verb is not asserted ("has yet to clinch its own deal with X"),
    # but "has never hidden its backing for X" is open backing
    ("Seoul, which has yet to finalise its own trade deal with Washington, signed a memorandum with Jakarta.",
     [], [("state:KR", "Cooperate", "state:US", "positive")]),
    ("Qatar, which has never hidden its backing for Hamas, hosted the talks.",
     [("state:QA", "Support", "org:hamas", "positive", "asserted")], []),
    # a town attacked or taken belongs to its state ("the eastern Congolese city of X", "X, a town in Y")
    ("Boko Haram fighters overran the northern Nigerian town of Malam Fatori on Sunday.",
     [("org:boko-haram", "Attack", "state:NG", "positive", "asserted")], []),
    ("Al Shabaab captured Mahaas, a town in central Somalia.",
     [("org:al-shabaab", "Attack", "state:SO", "positive", "asserted")], []),
    # a bare "both" as an object or subject is the two sides last named, as "both sides" is
    ("Guyana and Suriname traded accusations over the river border. Brazil urged both to return to talks.",
     [("state:BR", "Request", "state:GY", "positive", "asserted"), ("state:BR", "Request", "state:SR", "positive", "asserted")], []),
    # "X, an EU and NATO member": a member of both
    ("Estonia, an EU and NATO member, expelled two diplomats.",
     [("state:EE", "MemberOf", "org:european-union", "positive", "asserted"), ("state:EE", "MemberOf", "org:nato", "positive", "asserted")],
     [("state:EE", "MemberOf", "org:european-union", "negative")]),
    # a state's partners or allies "in" a body: the state is a member, and so are the partners named
    ("Chile's partners in Mercosur have asked for a tariff waiver.",
     [("state:CL", "MemberOf", "org:mercosur", "positive", "asserted")], []),
    ("The statement was also signed by Cambodia and Vietnam, its partners in ASEAN.",
     [("state:KH", "MemberOf", "org:asean", "positive", "asserted"), ("state:VN", "MemberOf", "org:asean", "positive", "asserted")], []),
    ("Peru has no partners in Mercosur.", [], [("state:PE", "MemberOf", "org:mercosur", "positive")]),
    # a body that "groups" or "brings together" states has them as members, also when the parser
    # strings the list as appositions; a named body called by its kind is that body
    ("The Arab Maghreb Union, which groups Morocco, Algeria, Tunisia, Libya and Mauritania, has not met since 2008.",
     [("state:MA", "MemberOf", "org:n:arab maghreb union", "positive", "asserted"),
      ("state:MR", "MemberOf", "org:n:arab maghreb union", "positive", "asserted")], []),
    ("Mercosur, which brings together Brazil, Argentina, Uruguay and Paraguay, signed the accord.",
     [("state:UY", "MemberOf", "org:mercosur", "positive", "asserted")], []),
    ("The Quad grouping criticised China's blockade of the reef.",
     [("org:quad", "Criticize", "init:china blockade", "positive", "asserted")], []),
    ("Ottawa works with partners in the Five Eyes intelligence network, which also groups the United States and Australia.",
     [("state:AU", "MemberOf", "org:five-eyes", "positive", "asserted")], []),
    # "its" on the object is the verb's own subject, when no other actor stands between them
    # (not one named in a locative of the subject's clause)
    ("The Arab League, whose ministers gather in Morocco next week, has urged its members, including Jordan and Iraq, to back the plan.",
     [("state:JO", "MemberOf", "org:arab-league", "positive", "asserted")], [("state:JO", "MemberOf", "state:MA", "positive")]),
    # territories and de facto states that act in the news are actors: Greenland, the Faroes,
    # Somaliland, Northern Cyprus ("Turkish Cypriot"), Transnistria
    ("Greenland's government rejected Washington's offer. The Faroe Islands signed a fisheries agreement with Norway.",
     [("state:GL", "Oppose", "state:US", "positive", "asserted"), ("state:FO", "Agree", "state:NO", "positive", "asserted")], []),
    ("Somaliland signed a port agreement with Ethiopia, and Turkish Cypriot leaders refused to meet Greek Cypriot negotiators.",
     [("state:XS", "Agree", "state:ET", "positive", "asserted"), ("state:XN", "Meet", "state:CY", "negative", "asserted")], []),
    ("Russia still keeps about 1,500 troops in Transnistria.",
     [("state:RU", "ProvideMilitaryAid", "state:XT", "positive", "asserted")], []),
    # an office no one in the story holds by name acts for its state ("France's climate minister");
    # one the story names is that person
    ("Kenya's defence minister attended the security summit in Kampala but condemned Rwanda.",
     [("state:KE", "Criticize", "state:RW", "positive", "asserted")], []),
    ("Kenyan Defence Minister Aden Duale spoke on Monday. Kenya's defence minister later condemned Rwanda.",
     [("person:aden duale", "Criticize", "state:RW", "positive", "asserted")], [("state:KE", "Criticize", "state:RW", "positive")]),
    # (not one of several ambassadors, nor a pronoun's office)
    ("The talks were attended by the ambassador of Norway, whose government had blocked the loan.",
     [], [("state:NO", "Participate", "init:talks", "positive")]),
    # "allow X access": the receiver, also when the parser makes it a verb's subject
    ("Khartoum is also required to allow United Nations agencies unhindered access to Darfur.",
     [("state:SD", "Allow", "org:united-nations", "positive", "obligated")], []),
    ("Rwanda refused to permit the Red Cross access to the camps.",
     [("state:RW", "Allow", "org:red-cross", "negative", "asserted")],
     [("state:RW", "Allow", "org:red-cross", "positive")]),
    # a package of sanctions acts through the package
    ("Britain adopted a fresh sanctions package against Iran on Tuesday.",
     [("state:GB", "Sanction", "state:IR", "positive", "asserted")], []),
    ("Canada lifted its sanctions package against Syria.",
     [("state:CA", "Sanction", "state:SY", "negative", "asserted")], [("state:CA", "Sanction", "state:SY", "positive")]),
    # a stance "from" someone: on what was done in spite of it
    ("Japan approved the fisheries treaty despite strong opposition from South Korea and Taiwan.",
     [("state:KR", "Oppose", "init:fisheries treaty", "positive", "asserted"),
      ("state:TW", "Oppose", "init:fisheries treaty", "positive", "asserted")], []),
    ("Iranian survey vessels anchored off Karachi despite repeated objections from India.",
     [("state:IN", "Oppose", "state:IR", "positive", "asserted")], []),
    # no one accuses itself: a second verb the parser hung on the reported clause is the speaker's
    ("Jake Sullivan said the Panamanian government wanted more money and accused Panama of neglecting the canal.",
     [("person:jake sullivan", "Criticize", "state:PA", "positive", "asserted")], []),
    # a demonym of two words the model cut after the first
    ("Ankara accused the Greek Cypriot side of stalling the talks.",
     [("state:TR", "Criticize", "state:CY", "positive", "asserted")], [("state:TR", "Criticize", "state:GR", "positive")]),
    # a one-word name tagged a person once and a place later is still the person
    ("Ousted leader Sheikh Hasina fled to India in August. Hasina has accused Muhammad Yunus of leading an "
     "unlawful administration.",
     [("person:hasina", "Criticize", "person:muhammad yunus", "positive", "asserted")], []),
    # a state or a body barred from something is not allowed in; a person barred from running is blocked
    ("Fiji barred China, Japan and other observers from the ministerial meeting.",
     [("state:FJ", "Allow", "state:CN", "negative", "asserted"), ("state:FJ", "Allow", "state:JP", "negative", "asserted")],
     [("state:FJ", "Block", "state:CN", "positive"), ("state:FJ", "Allow", "state:CN", "positive")]),
    # an infinitive parsed as a purpose clause of "press X": X is pressed to act, nobody acts yet
    ("Ethiopia and Eritrea signed a week-old truce on Monday. Asmara condemned the Ethiopian raids and urged "
     "Washington and Paris to press Ethiopia to halt them.",
     [("state:ER", "Request", "state:US", "positive", "asserted")],
     [("state:US", "Block", "init:week old truce", "positive"), ("state:FR", "Block", "init:week old truce", "positive"),
      ("state:ET", "Block", "init:week old truce", "positive")]),
    # (a purpose clause of a strike called is the caller's own)
    ("Morales called a general strike to defend the government of Bolivia.",
     [("person:morales", "Support", "state:BO", "positive", "asserted")], []),
    # a bloc's members listed after a comma (parsed as a coordination) or a dash ("states" tagged a name)
    ("Talks resumed with the leaders of ASEAN's three newest members, Laos, Cambodia and Myanmar, in Vientiane.",
     [("state:LA", "MemberOf", "org:asean", "positive", "asserted"), ("state:KH", "MemberOf", "org:asean", "positive", "asserted"),
      ("state:MM", "MemberOf", "org:asean", "positive", "asserted")], []),
    ("The Arctic Council meets in Tromso. The six other member states - Canada, Denmark, Finland, Iceland, Norway "
     "and Sweden - suspended all council activity in 2022, after Russia invaded Ukraine.",
     [("state:CA", "MemberOf", "org:arctic-council", "positive", "asserted"),
      ("state:IS", "MemberOf", "org:arctic-council", "positive", "asserted")], []),
    ("NATO members and Brazil signed the text.", [], [("state:BR", "MemberOf", "org:nato", "positive")]),
    # "its" in a relative clause is what the clause describes; "as a member of X" describes its host
    ("The Commonwealth, which counts Rwanda and Gabon among its newest members, met in Samoa.",
     [("state:RW", "MemberOf", "org:n:commonwealth", "positive", "asserted"),
      ("state:GA", "MemberOf", "org:n:commonwealth", "positive", "asserted")], []),
    ("Chile, as a member of the Pacific Alliance, backed the text.",
     [("state:CL", "MemberOf", "org:n:pacific alliance", "positive", "asserted")], []),
    # every state listed before "and other member states"; the one leading them; a seat on a body
    ("The EU summit opened in Brussels. Spain, Greece, Malta and other member states want faster returns.",
     [("state:ES", "MemberOf", "org:european-union", "positive", "asserted"),
      ("state:GR", "MemberOf", "org:european-union", "positive", "asserted"),
      ("state:MT", "MemberOf", "org:european-union", "positive", "asserted")], []),
    ("The EU summit opened in Brussels. Nine member states, led by Sweden, signed a letter.",
     [("state:SE", "MemberOf", "org:european-union", "positive", "asserted")], []),
    ("Panama won a seat on the Security Council in June.",
     [("state:PA", "MemberOf", "org:un-security-council", "positive", "asserted")], []),
    ("Venezuela failed to win a seat on the Human Rights Council.",
     [("state:VE", "MemberOf", "org:n:human rights council", "negative", "asserted")],
     [("state:VE", "MemberOf", "org:n:human rights council", "positive")]),
    # a restriction named with the light verb of its own relative clause; assets of a demonym's firms;
    # tariffs "of up to 40%" whose "on" hangs on the verb
    ("Ministers reviewed the sanctions that ECCAS imposed on Gabon after the coup.",
     [("org:eccas", "Sanction", "state:GA", "positive", "asserted")], []),
    ("Canada lifted the trade curbs it had imposed on Cuba.",
     [("state:CA", "Sanction", "state:CU", "negative", "asserted"), ("state:CA", "Sanction", "state:CU", "positive", "asserted")],
     []),
    ("Norway has frozen the assets of Iranian shipping firms.",
     [("state:NO", "Sanction", "state:IR", "positive", "asserted")], []),
    ("Turkey voted to impose tariffs of up to 40% on Chinese-made cars.",
     [("state:TR", "Sanction", "state:CN", "positive", "intended")], []),
    # sanctions kept in force; on the state whose sales they target, not on "sales" taken for a plan
    ("Ottawa will keep enforcing its sanctions on Venezuelan oil sales.",
     [("state:CA", "Sanction", "state:VE", "positive", "intended")], []),
    # money given to train or build up another state's people or institutions funds that state;
    # money spent on something funds it (and time spent on an issue funds nothing)
    ("Japan pledged 30 billion yen over three years to train Philippine coast guard officers.",
     [("state:JP", "Fund", "state:PH", "positive", "intended")], []),
    ("Britain will spend 40 million pounds to expand the Kenyan police force.",
     [("state:GB", "Fund", "state:KE", "positive", "intended")], []),
    ("Norway will spend 2 billion crowns on Arctic defence.",
     [("state:NO", "Fund", "init:arctic defence", "positive", "intended")], []),
    ("India pledged $500 million to buy Russian oil.", [], [("state:IN", "Fund", "state:RU", "positive")]),
    # a sum pledged "in humanitarian aid" is money given as aid: both (not so "in security assistance")
    ("Qatar pledged $60 million in humanitarian aid for Yemen.",
     [("state:QA", "Fund", "state:YE", "positive", "intended"), ("state:QA", "ProvideAid", "state:YE", "positive", "intended")],
     []),
    ("Washington pledged a further $95 million in security assistance to Lebanon.",
     [("state:US", "ProvideMilitaryAid", "state:LB", "positive", "intended")], [("state:US", "Fund", "state:LB", "positive")]),
    # a name the model ran into the sum after it; money put or poured into something; a fund is a plan
    ("Italy agreed to pay Tirana 480 million euros over three years.",
     [("state:IT", "Fund", "state:AL", "positive", "intended")], []),
    ("Norway has put 50 million dollars into the reconstruction fund.",
     [("state:NO", "Fund", "init:reconstruction fund", "positive", "asserted")], []),
    ("Japan said it would not put money into the climate fund.",
     [("state:JP", "Fund", "init:climate fund", "negative", "intended")], [("state:JP", "Fund", "init:climate fund", "positive")]),
    ("Britain has poured millions of pounds in development aid into Kenya since 2000.",
     [("state:GB", "Fund", "state:KE", "positive", "asserted")], []),
    ("No Danish money will go into the relief fund.",
     [("state:DK", "Fund", "init:relief fund", "negative", "intended")], [("state:DK", "Fund", "init:relief fund", "positive")]),
    # challenging a deal (at a court or a body) opposes it; "challenges" faced are no stance
    ("Ethiopia signed the port deal with Somaliland. Somalia said it would challenge the port deal at the African Union.",
     [("state:SO", "Oppose", "init:port deal", "positive", "intended")], []),
    # "the closures" point back at the story's lead closing, as "the move" does
    ("Estonia closed two of its crossings on the border with Russia on Monday. Tallinn said the threat persisted. "
     "Officials in Narva agreed. The Kremlin denied the accusation and criticised the closures.",
     [("state:RU", "Criticize", "state:EE", "positive", "asserted")], []),
    # "each of which blamed the other", "both X and Y accused the other": each the other
    ("Clashes broke out between Eritrea and Djibouti, each of which blamed the other for starting them.",
     [("state:ER", "Criticize", "state:DJ", "positive", "asserted"), ("state:DJ", "Criticize", "state:ER", "positive", "asserted")],
     []),
    ("Both Serbia and Kosovo accused the other of violating the deal.",
     [("state:RS", "Criticize", "state:XK", "positive", "asserted"), ("state:XK", "Criticize", "state:RS", "positive", "asserted")],
     []),
    # a role in a programme is taking part in it; a parade attended, a summit snubbed
    # ("ruled out any role in": will take none, as heldout36's gold has it)
    ("Canberra ruled out any role in the Pentagon's drone programme.",
     [("state:AU", "Participate", "init:united states department of defense drone programme", "negative", "intended")],
     [("state:AU", "Participate", "init:united states department of defense drone programme", "positive")]),
    ("Chadwick Boseman, famous for his title role in the 2018 superhero film Black Panther, died at 43.", [],
     [("person:chadwick boseman", "Participate", "org:n:black panther", "positive")]),
    ("Xi attended the Victory Day parade in Moscow.",
     [("person:xi", "Participate", "init:victory day parade", "positive", "asserted")], []),
    ("Austria snubbed the NATO summit in Vilnius.",
     [("state:AT", "Participate", "init:nato summit in vilnius", "negative", "asserted")],
     [("state:AT", "Participate", "init:nato summit in vilnius", "positive")]),
    # each demonym of a conjoined pair ("Thai" parsed as a nominal modifier; companies of two states)
    ("Thai and Cambodian officials met in Bangkok.",
     [("state:TH", "Meet", "state:KH", "positive", "asserted"), ("state:KH", "Meet", "state:TH", "positive", "asserted")], []),
    ("The EU sanctioned Iranian and Belarusian firms.",
     [("org:european-union", "Sanction", "state:IR", "positive", "asserted"),
      ("org:european-union", "Sanction", "state:BY", "positive", "asserted")], []),
    # an acronym the model tags as a verb's auxiliary is still the subject; a "call on X" asks X
    ("IGAD called on President William Ruto to free the activists.",
     [("org:igad", "Request", "person:william ruto", "positive", "asserted")], []),
    ("Egypt renewed its call on Addis Ababa to halt the dam filling.",
     [("state:EG", "Request", "state:ET", "positive", "asserted")], []),
    # a visitor welcomed by name is received, a meeting; a decision welcomed is backed
    ("Narendra Modi was welcomed in Male by the Maldivian president, Mohamed Muizzu.",
     [("person:narendra modi", "Meet", "person:mohamed muizzu", "positive", "asserted"),
      ("person:mohamed muizzu", "Meet", "person:narendra modi", "positive", "asserted")],
     [("person:mohamed muizzu", "Support", "person:narendra modi", "positive")]),
    # "our X" in a quote is the speaker's own, not a stance on the speaker
    ("\"Japan stands with our Asian neighbours,\" Prime Minister Shigeru Ishiba said in Manila.", [],
     [("state:JP", "Support", "person:shigeru ishiba", "positive")]),
    # "hoped" is "hope" (the model lemmatizes it "hop"): a meeting hoped for may happen, not held
    ("Prime Minister Anthony Albanese said he hoped to meet Chinese President Xi Jinping in Lima.",
     [("person:anthony albanese", "Meet", "person:xi jinping", "positive", "possible")],
     []),
    # signing off on a move is an approval each gives or withholds, not a deal between the signers
    ("Officials said Spain and Italy had not yet signed off on the plan.", [],
     [("state:ES", "Agree", "state:IT", "negative"), ("state:IT", "Agree", "state:ES", "negative")]),
    # hosting foreign troops lets them stay (no meeting); a claim "a charge X denies" is denied by X
    ("Chad and Gabon, which still host French troops, may ask them to leave.",
     [("state:TD", "Allow", "state:FR", "positive", "asserted"), ("state:GA", "Allow", "state:FR", "positive", "asserted")],
     [("state:GA", "Meet", "state:FR", "positive")]),
    ("Mali's junta closed the border, saying Senegal hosts French troops preparing an attack, a charge Dakar denies.",
     [("state:SN", "Allow", "state:FR", "negative", "asserted")], [("state:SN", "Allow", "state:FR", "positive")]),
    # (a war named inside the charge is not what is denied)
    ("Pyongyang was accused of shipping shells to Russia for its war in Ukraine, a charge Moscow denies.",
     [("state:RU", "Attack", "state:UA", "positive", "asserted")], [("state:RU", "Attack", "state:UA", "negative")]),
    # a passive "it" that is ratified or signed is the pact, never a country; a pact that is
    # revoked or suspended ends ties (Cooperate), it unsays no agreement
    ("Peru and Chile signed a fisheries accord in 2019, but it has still not been ratified by Lima.",
     [("state:PE", "Agree", "init:fisheries accord", "negative", "asserted"),
      ("state:PE", "Agree", "state:CL", "positive", "asserted")],
     [("state:PE", "Agree", "state:CL", "negative")]),
    ("Oman and Qatar drafted a maritime protocol in May, but it was never signed by Doha.", [],
     [("state:QA", "Agree", "state:OM", "negative")]),
    ("Kenya, whose security agreement with Uganda was terminated last year, has agreed to send police to Haiti.",
     [("state:KE", "Cooperate", "state:UG", "negative", "asserted")], [("state:KE", "Agree", "state:UG", "negative")]),
    ("Ghana suspended its 1998 friendship treaty with Togo.",
     [("state:GH", "Cooperate", "state:TG", "negative", "asserted")], [("state:GH", "Agree", "state:TG", "negative")]),
    # "any talks" with none named before are the story's own talks, as "the talks" are
    ("Sudan's army has fought the RSF in Sudan since April. Sudan's government wants a truce. Sudan's neighbours "
     "worry. The RSF said on Monday that it would not take part in any talks.",
     [("org:rapid-support-forces", "Participate", "init:sudan talks", "negative", "intended")], []),
    # "X-backed" on a description backs what it describes; propping up backs; abstaining "in the
    # vote on" a text withholds support from it; coming to someone's defence backs them
    ("Northern Cyprus is a Turkish-backed statelet.", [("state:TR", "Support", "state:XN", "positive", "asserted")], []),
    ("Tehran has propped up the Houthis for years.", [("state:IR", "Support", "org:houthis", "positive", "asserted")], []),
    ("Cuba and Nicaragua abstained in Friday's vote on the General Assembly resolution on Ukraine.",
     [("state:CU", "Support", "init:general assembly resolution on ukraine", "negative", "asserted"),
      ("state:NI", "Support", "init:general assembly resolution on ukraine", "negative", "asserted")], []),
    ("Chad was suspended from the bloc. Niger and Mali rushed to the defence of Chad.",
     [("state:NE", "Support", "state:TD", "positive", "asserted")], []),
    ("Washington said it would not come to Taipei's defence.",
     [("state:US", "Support", "state:TW", "negative", "intended")], [("state:US", "Support", "state:TW", "positive")]),
    # (not when "its" was read as one of those who came)
    ("When Chad was suspended from the bloc, Niger and Mali came to its defence.", [],
     [("state:NE", "Support", "state:ML", "positive"), ("state:ML", "Support", "state:NE", "positive")]),
    # "the junta" is the one last named with its country, however many states were named since
    ("Niger's junta has ruled since July. Nigeria and Benin closed their borders with the landlocked country, "
     "and Togo sent envoys. Ghana criticised the junta on Friday.",
     [("state:GH", "Criticize", "state:NE", "positive", "asserted")], [("state:GH", "Criticize", "state:TG", "positive")]),
    # "the rebels", "the insurgents" (by the word: the lemma is singular) are the armed group named
    # before, never a state's own forces
    ("M23 fighters captured Bukavu last week. Uganda denies arming the rebels.",
     [("state:UG", "ProvideMilitaryAid", "org:m23", "negative", "asserted")], []),
    ("The Tanzania People's Defence Force sent a battalion to Cabo Delgado in May. Mozambique said it would never "
     "negotiate with the insurgents.", [], [("state:MZ", "Meet", "org:n:tanzania peoples defence force", "negative")]),
    # "denied that X had done A and did not rule out B": B is the speaker's, not a second act of X's
    # inside the denial
    ("Honduran Foreign Minister Eduardo Reina denied that Beijing had pressured Tegucigalpa and did not rule out "
     "signing a trade deal with China.",
     [("person:eduardo reina", "Agree", "init:trade deal", "positive", "possible")],
     [("state:CN", "Agree", "init:trade deal", "negative")]),
    # judged "for" doing something: the one judged did it
    ("Nordic ministers criticised Hungary for failing to condemn Russia's attacks on Ukraine's power grid.",
     [("state:HU", "Criticize", "state:RU", "negative", "asserted")], [("state:HU", "Criticize", "state:RU", "positive")]),
    ("Washington thanked Oman for hosting the Yemen talks.",
     [("state:OM", "Participate", "init:yemen talks", "positive", "asserted")], []),
    # a verb acting on "most of X" acts on X
    ("Rwanda leads the AU stabilisation mission in the Central African Republic. Qatar has bankrolled most of the "
     "operation since March.",
     [("state:QA", "Fund", "init:african union stabilisation mission in central african republic", "positive", "asserted")], []),
    # "use force against X" attacks X (renounced "against each other": each the other); "at war
    # with X" is an attack on X, as the verb fares
    ("Eritrea and Ethiopia pledged on Monday not to use force against each other.",
     [("state:ER", "Attack", "state:ET", "negative", "intended"), ("state:ET", "Attack", "state:ER", "negative", "intended")],
     [("state:ER", "Attack", "state:ET", "positive")]),
    ("Kigali warned that Rwanda would use force against the FDLR if needed.",
     [("state:RW", "Attack", "org:n:fdlr", "positive", "possible")], []),
    ("Al Shabaab has been at war with Somalia's government since 2006.",
     [("org:al-shabaab", "Attack", "state:SO", "positive", "asserted")], []),
    ("Russia is not at war with NATO, the Kremlin said.", [("state:RU", "Attack", "org:nato", "negative", "asserted")],
     [("state:RU", "Attack", "org:nato", "positive")]),
    # a warning that a state "would pay a price" or "face countermeasures", or that the warner's side
    # "would respond to" someone, threatens them (not a firm warned of someone else's retaliation)
    ("Beijing warned that Lithuania would pay a heavy price for the Taiwan office.",
     [("state:CN", "Threaten", "state:LT", "positive", "asserted")], []),
    ("Tehran warned that Iran would respond to any Israeli strike on its soil.",
     [("state:IR", "Threaten", "state:IL", "positive", "asserted")], []),
    ("The VDA, Germany's car industry association, warned that Volkswagen could face retaliation in China.", [],
     [("org:n:vda", "Threaten", "org:n:volkswagen", "positive")]),
    # a company the model tagged as a place, named after its kind ("state airline X"), is a company
    ("Washington slapped sanctions on Iranian state carrier Mahan Air and 12 officials.",
     [("state:US", "Sanction", "org:n:mahan air", "positive", "asserted")], []),
    ("The EU blacklisted the state airline Belavia.", [("org:european-union", "Sanction", "org:n:belavia", "positive", "asserted")], []),
    # retaliating hits back: at whom "against" names, else at the last who sanctioned or attacked the
    # subject (in kind: a strike is answered by a strike)
    ("Ottawa will not retaliate against the new Chinese duties on canola, Carney said.",
     [("state:CA", "Sanction", "state:CN", "negative", "intended")], [("state:CA", "Sanction", "state:CN", "positive")]),
    ("Washington imposed tariffs on Brazilian beef last week. Brazil had no plans to retaliate, Lula said.",
     [("state:BR", "Sanction", "state:US", "negative", "intended")], [("state:BR", "Sanction", "state:US", "positive")]),
    ("Israeli jets struck Iranian air defences on Saturday. Iran vowed to retaliate.",
     [("state:IR", "Attack", "state:IL", "positive", "intended")], []),
    # "the Emirates" is the United Arab Emirates
    ("Chad accused the UAE of funding the rebels. The Emirates firmly rejected the accusations.",
     [("state:AE", "Oppose", "state:TD", "positive", "asserted")], []),
    # a bare "the army" facing an armed group is the army named with its country, when one is, and
    # not the army of whichever state the story names most
    ("The UAE denied arming the RSF on Monday. The UAE said it backed peace. UAE officials met in Abu Dhabi. "
     "Sudan's army has fought the RSF since 2023. Burhan said the army would not negotiate with the RSF.",
     [("org:army-sd", "Meet", "org:rapid-support-forces", "negative", "intended")], []),
    # "the country" inside an apposition is not what the apposition describes
    ("Chile's copper exports to China, the country's largest trading partner, fell in May.",
     [("state:CN", "Cooperate", "state:CL", "positive", "asserted")], []),
    # welcoming the undoing of a thing opposes the thing (never backs it); troops withdrawn are no thing
    ("Venezuela welcomed the lifting of US oil sanctions on Caracas.",
     [("state:VE", "Oppose", "init:united states oil sanctions on venezuela", "positive", "asserted")],
     [("state:VE", "Support", "init:united states oil sanctions on venezuela", "positive")]),
    ("Uganda backed the withdrawal of Rwandan troops from Congo.", [], [("state:UG", "Oppose", "state:RW", "positive")]),
    # a plan's name keeps the words joined to its modifiers ("Belt and Road"), and one the model
    # tagged a place is still a plan
    ("Italy quit the Belt and Road Initiative in 2023.",
     [("state:IT", "Participate", "init:belt and road initiative", "negative", "asserted")], []),
    ("Greece, which joined China's Belt and Road Initiative in 2018, hosted Wang Yi.",
     [("state:GR", "Participate", "init:china belt and road initiative", "positive", "asserted")], []),
    # a threatened act is possible, not done; under a threat denied it is neither done nor ruled out
    ("Azerbaijan threatened to shell Armenian border posts.",
     [("state:AZ", "Attack", "state:AM", "positive", "possible"), ("state:AZ", "Threaten", "state:AM", "positive", "asserted")],
     []),
    ("Beijing did not threaten to halt its loans to Zambia, the finance minister said.",
     [("state:CN", "Threaten", "state:ZM", "negative", "asserted")],
     [("state:CN", "Fund", "state:ZM", "positive"), ("state:CN", "Fund", "state:ZM", "negative")]),
    # a noun done by a light verb ("imposed tariffs") is an act that a later "the decision" points back at
    ("The EU imposed tariffs on Chinese steel. Beijing condemned the decision.",
     [("state:CN", "Criticize", EU, "positive", "asserted")], []),
    # goods "made in" or "assembled in" a state name it as their origin, as "imported from" does
    ("Ottawa raised tariffs on steel made in India.", [("state:CA", "Sanction", "state:IN", "positive", "asserted")], []),
    ("Brussels imposed duties on bicycles assembled in Cambodia.",
     [(EU, "Sanction", "state:KH", "positive", "asserted")], []),
    # "of which both are members" however the parser hangs "of which"
    ("Egypt and Sudan traded accusations. The Arab League, of which both countries are members, called on the two "
     "governments to exercise restraint.",
     [("state:EG", "MemberOf", "org:arab-league", "positive", "asserted"),
      ("state:SD", "MemberOf", "org:arab-league", "positive", "asserted")], []),
    # "…, to which both belong" hung on a word before the body's name: the body just before the comma
    ("Armenia and Azerbaijan swapped prisoners. The envoy of the Commonwealth of Independent States, to which both "
     "countries belong, praised the exchange.",
     [("state:AM", "MemberOf", "org:cis", "positive", "asserted"), ("state:AZ", "MemberOf", "org:cis", "positive", "asserted")],
     []),
    # those who "were among" members are members
    ("Latvia and Estonia were among the NATO allies that asked for more air defence.",
     [("state:LV", "MemberOf", NATO, "positive", "asserted"), ("state:EE", "MemberOf", NATO, "positive", "asserted")], []),
    # the host of talks "with" someone meets them (through "three days of talks" too)
    ("Oman hosted three days of talks with Iranian Foreign Minister Abbas Araghchi in Muscat.",
     [("state:OM", "Meet", "person:abbas araghchi", "positive", "asserted")], []),
    ("The African Union will convene talks with Ethiopia next week.",
     [("org:african-union", "Meet", "state:ET", "positive", "intended")], []),
    # "the mission" is the mission named last, not aid of the same family named since
    ("The Joint Border Monitoring mission has 300 staff. A pause on foreign aid froze its money. Norway said it "
     "would fund the mission.",
     [("state:NO", "Fund", "init:joint border monitoring mission", "positive", "intended")],
     [("state:NO", "Fund", "init:foreign aid", "positive")]),
    # "the deal" is no bare plural named since ("trade deals" are deals in general)
    ("Peru and Ecuador signed a fishing pact on Monday. Washington said it would not sign trade deals with either "
     "country. Chile welcomed the agreement.",
     [("state:CL", "Support", "init:fishing pact", "positive", "asserted")], [("state:CL", "Support", "init:trade deals", "positive")]),
    # a noun of one kind of act points back at the one doer of that kind, however far back
    ("Kenyan troops raided a camp inside Somalia on Sunday. The camp had housed 300 people. Nairobi said the "
     "troops met no resistance. The prisoners were flown to Mombasa. Uganda and Tanzania condemned the raid.",
     [("state:UG", "Criticize", "state:KE", "positive", "asserted"), ("state:TZ", "Criticize", "state:KE", "positive", "asserted")],
     []),
    # "the X bloc, to which …": the body is the bloc's name, also when the model took the phrase for a place
    ("Vietnam pressed for a joint statement from the ASEAN bloc, to which Laos and Cambodia belong.",
     [("state:LA", "MemberOf", "org:asean", "positive", "asserted"), ("state:KH", "MemberOf", "org:asean", "positive", "asserted")],
     []),
    ("Lima backed a trade deal between India and the Mercosur bloc, to which Argentina and Brazil belong.",
     [("state:AR", "MemberOf", "org:mercosur", "positive", "asserted"), ("state:BR", "MemberOf", "org:mercosur", "positive", "asserted")],
     []),
    # a denied "take sides" supports neither side: the two named "between", else the two of the dispute
    ("Qatar said it would not take sides between Ethiopia and Eritrea.",
     [("state:QA", "Support", "state:ET", "negative", "intended"), ("state:QA", "Support", "state:ER", "negative", "intended")],
     [("state:QA", "Support", "state:ET", "positive")]),
    ("Egypt and Sudan traded barbs over the dam on Monday. Kenyan President William Ruto declined to take sides.",
     [("person:william ruto", "Support", "state:EG", "negative", "asserted"),
      ("person:william ruto", "Support", "state:SD", "negative", "asserted")],
     [("person:william ruto", "Support", "state:KE", "negative")]),
    ("Chad took sides in the conflict between Libya and Niger.", [],
     [("state:TD", "Support", "state:LY", "positive"), ("state:TD", "Support", "state:NE", "positive")]),
    # "shoulder to shoulder with", "side by side with": the idiom stands between the verb and its particle
    ('The minister said Latvia stood "shoulder to shoulder" with Lithuania.',
     [("state:LV", "Support", "state:LT", "positive", "asserted")], []),
    ("Ireland will stand side by side with Cyprus.", [("state:IE", "Support", "state:CY", "positive", "intended")], []),
    # paying for projects in general in a state funds that state; a named project stays the object
    ("Turkey has financed dozens of water projects in Niger.", [("state:TR", "Fund", "state:NE", "positive", "asserted")],
     [("state:TR", "Fund", "init:water projects in niger", "positive")]),
    ("Seoul could bankroll housing projects in Mongolia.", [("state:KR", "Fund", "state:MN", "positive", "possible")], []),
    ("Norway funds the Kafue Gorge project in Zambia.", [], [("state:NO", "Fund", "state:ZM", "positive")]),
    # goods "from" a state name it as their origin, wherever the parser hangs "from" or "on"
    ("Ottawa raised duties on timber from Brazil.", [("state:CA", "Sanction", "state:BR", "positive", "asserted")], []),
    ("Brussels could impose levies of 20 percent on fertiliser from Belarus and Russia.",
     [(EU, "Sanction", "state:BY", "positive", "possible"), (EU, "Sanction", "state:RU", "positive", "possible")], []),
    # listing someone as a terrorist organisation restricts them, however the parser reads the label
    ("Ottawa declared the Houthis a terrorist organisation on Friday.",
     [("state:CA", "Sanction", "org:houthis", "positive", "asserted")], []),
    ("Kenya should designate al-Shabaab a terror group, the senator said.",
     [("state:KE", "Sanction", "org:al-shabaab", "positive", "obligated")], []),
    ("Argentina listed Hezbollah as a terrorist organisation in 2019.",
     [("state:AR", "Sanction", "org:hezbollah", "positive", "asserted")], []),
    ("Tokyo did not punish Seoul.", [("state:JP", "Sanction", "state:KR", "negative", "asserted")],
     [("state:JP", "Sanction", "state:KR", "positive")]),
    # "the truce between A and B" is named by its two parties, so "the deal" can point back at it
    ("The truce between Armenia and Azerbaijan held on Sunday. Russia and Turkey had brokered the deal in March.",
     [("state:RU", "Participate", "init:truce between armenia and azerbaijan", "positive", "asserted"),
      ("state:TR", "Participate", "init:truce between armenia and azerbaijan", "positive", "asserted")], []),
    ("Pakistan welcomed the ceasefire between India and China.",
     [("state:PK", "Support", "init:ceasefire between india and china", "positive", "asserted")], []),
    # "a deal brokered by X" is the "X-brokered deal"; "a U.N.-brokered truce" also when tagged a verb
    ("Rwanda and Burundi reopened their border under a deal brokered by Angola.",
     [("state:AO", "Participate", "init:angola brokered deal", "positive", "asserted")], []),
    ("The Houthis have kept to a U.N.-brokered truce.",
     [("org:united-nations", "Participate", "init:un brokered truce", "positive", "asserted")], []),
    # "a member of X together with A and B": those named with it are members too
    ("Kenya, a member of the EAC together with Uganda and Tanzania, sent troops.",
     [("state:UG", "MemberOf", "org:eac", "positive", "asserted"), ("state:TZ", "MemberOf", "org:eac", "positive", "asserted"),
      ("state:KE", "MemberOf", "org:eac", "positive", "asserted")], []),
    # a claim against a state is one against the official who answers it, titled earlier in the text
    ("Chile accused Argentina of violating the fishing treaty on Monday. Argentine Foreign Minister Clara Vidal flew "
     "to Brasilia on Tuesday. Fuel prices rose in Santiago. Talks on trade stalled. Vidal dismissed the accusation.",
     [("person:clara vidal", "Oppose", "state:CL", "positive", "asserted")], []),
    # "…, a move condemned by X" set beside a noun deep in the clause is still the clause's subject's move
    ("Armenia deployed border guards to the disputed ridge near Lake Sevan, a move condemned by Azerbaijan.",
     [("state:AZ", "Criticize", "state:AM", "positive", "asserted")], []),
    # "EU members Hungary and Slovakia" are the two named, not the body they belong to
    ("EU members Hungary and Slovakia opposed the sanctions on Russia.",
     [("state:HU", "Oppose", "init:sanctions on russia", "positive", "asserted"),
      ("state:SK", "Oppose", "init:sanctions on russia", "positive", "asserted")],
     [("org:european-union", "Oppose", "init:sanctions on russia", "positive")]),
    # "the revolt", "the uprising": a story has one coup, however far back it was named
    ("Gabon's army seized power in an attempted coup on Monday. Soldiers closed the airport. Tanks patrolled the "
     "capital. Banks shut their doors. Schools stayed closed. Markets were empty. Fuel ran short. Phone lines were cut. "
     "Nigeria's government condemned the revolt.",
     [("state:NG", "Criticize", "init:attempted coup", "positive", "asserted")], []),
    # "the alliance" after a body whose name has that word is that body, not the last bloc named
    ("G20 leaders launched the Global Alliance for Clean Water in Lima on Monday. Chile joined the alliance, and "
     "Peru said it would take part in the alliance.",
     [("state:CL", "MemberOf", "org:n:global alliance for clean water", "positive", "asserted"),
      ("state:PE", "Participate", "org:n:global alliance for clean water", "positive", "intended")],
     [("state:CL", "MemberOf", "org:g20", "positive")]),
    # "the president's office" speaks and acts for the president
    ("Kenyan President William Ruto's office accused Uganda of stoking the border clashes.",
     [("person:william ruto", "Criticize", "state:UG", "positive", "asserted")], []),
    # "the presidents of X and Y" act for both states, as "the leaders of X and Y" do
    ("The presidents of Benin and Togo signed a pact on Friday to patrol their shared coast.",
     [("state:BJ", "Agree", "state:TG", "positive", "asserted"),
      ("state:TG", "Agree", "state:BJ", "positive", "asserted")], []),
    # a deal signed "to buy X from Y" is a deal with Y, who signs it too; an unsigned one binds no one
    ("Indonesia signed a contract on Monday to buy 42 fighter jets from Sweden.",
     [("state:ID", "Agree", "state:SE", "positive", "asserted"),
      ("state:SE", "Agree", "state:ID", "positive", "asserted")], []),
    ("Indonesia has not signed a contract to buy fighter jets from Sweden.",
     [], [("state:SE", "Agree", "state:ID", "positive"), ("state:SE", "Agree", "state:ID", "negative")]),
    # "millions of shells", "thousands of drones": the goods counted, not a sum of money
    ("Belarus has shipped millions of mortar shells to Russia, the report said.",
     [("state:BY", "ProvideMilitaryAid", "state:RU", "positive", "asserted")],
     [("state:BY", "Fund", "state:RU", "positive")]),
    ("Turkey sent thousands of armed drones to Azerbaijan.",
     [("state:TR", "ProvideMilitaryAid", "state:AZ", "positive", "asserted")], []),
    # "gifted" is giving, as "donated" is
    ("New Zealand gifted three patrol boats to Fiji last year.",
     [("state:NZ", "ProvideMilitaryAid", "state:FJ", "positive", "asserted")], []),
    # "seven abstained, including Chile": the list hung on the verb names who the number counts
    ("Eight member states, including Peru and Chile, voted in favour of the Commission's proposal, while four "
     "voted against it. Six abstained, including Bolivia and Ecuador.",
     [("state:BO", "Support", "init:commission proposal", "negative", "asserted"),
      ("state:EC", "Support", "init:commission proposal", "negative", "asserted")],
     [("state:BO", "Support", "init:commission proposal", "positive")]),
    # calling or pushing "for" a thing backs it; calling for someone to act asks them
    ("Chile called for an independent inquiry into the mine collapse.",
     [("state:CL", "Support", "init:independent inquiry", "positive", "asserted")], []),
    ("Neither Ghana nor Togo has called for a rerun of the vote.",
     [], [("state:GH", "Support", "init:rerun of the vote", "positive")]),
    ("Brazil called for the government of Venezuela to free political prisoners.",
     [], [("state:BR", "Support", "state:VE", "positive")]),
    ("Ghana called for Togo to reopen the border.",
     [("state:GH", "Request", "state:TG", "positive", "asserted")], [("state:GH", "Support", "state:TG", "positive")]),
    # "calls from X" that someone answers or defies are X's requests, not phone calls
    ("Laos received the general on Monday, defying calls from Thailand and the United Nations to detain him.",
     [("state:TH", "Request", "state:LA", "positive", "asserted"),
      ("org:united-nations", "Request", "state:LA", "positive", "asserted")],
     [("state:LA", "Meet", "state:TH", "positive")]),
    # "speaking to X" as the object of another verb is talks (weighed or refused), not an interview
    ("Brazilian President Luiz Inacio Lula da Silva did not rule out speaking to Javier Milei at the summit.",
     [("person:luiz inacio lula da silva", "Meet", "person:javier milei", "positive", "possible")], []),
    # bare "talks" one takes part in are the story's talks: a refusal to take part is kept
    ("Sudan and South Sudan opened the Juba talks on Monday. On Thursday Sudan said it would no longer take part "
     "in negotiations that only delay a settlement.",
     [("state:SD", "Participate", "init:juba talks", "negative", "intended")], []),
    # "together with A and B" after the verb: they did it too
    ("Nicaragua left the Organization of American States in 2023 together with Venezuela.",
     [("state:NI", "MemberOf", "org:oas", "negative", "asserted"),
      ("state:VE", "MemberOf", "org:oas", "negative", "asserted")], []),
    # a demand of no one named is still a demand; "conditions X has rejected" are the demander's
    ("M23 demanded the release of all prisoners. Congo rejected the demand on Friday.",
     [("state:CD", "Oppose", "org:m23", "positive", "asserted")], []),
    ("Hezbollah has demanded an end to the strikes and a full pullback, conditions Israeli Prime Minister Benjamin "
     "Netanyahu has rejected.",
     [("person:benjamin netanyahu", "Oppose", "org:hezbollah", "positive", "asserted")], []),
    # a lender approving a loan for a state funds it; approving a loan "from" a lender is consent
    ("The World Bank approved a $500 million loan programme for Malawi on Thursday.",
     [("org:world-bank", "Fund", "state:MW", "positive", "asserted")],
     [("org:world-bank", "Agree", "init:loan programme for malawi", "positive")]),
    ("Malawi's parliament approved a $500 million loan from the World Bank.",
     [], [("org:world-bank", "Fund", "state:MW", "negative"), ("state:MW", "Fund", "org:world-bank", "positive")]),
    # a reported judgement on an act is a stance on its doer; a negated one says too little
    ("Colombia closed its border with Venezuela on Monday. Brazil said the Colombian move was unjustified.",
     [("state:BR", "Criticize", "state:CO", "positive", "asserted")], []),
    ("Colombia closed its border with Venezuela on Monday. Brazil said the Colombian move was not illegal.",
     [], [("state:BR", "Criticize", "state:CO", "positive"), ("state:BR", "Criticize", "state:CO", "negative")]),
    ("Chile agreed to send troops to Haiti. Peru said the Chilean decision was welcome.",
     [("state:PE", "Support", "state:CL", "positive", "asserted")], []),
    # "troubled by", "alarmed at" are "concerned"; a stance on someone's act is a stance on its doer
    ("Estonia said it was troubled by the Belarusian deployment.",
     [("state:EE", "Criticize", "state:BY", "positive", "asserted")], []),
    ("Kenya criticised the Ugandan decision.",
     [("state:KE", "Criticize", "state:UG", "positive", "asserted")], []),
    # "open to talks with X", "not ready for talks with X": talks the subject would (not) hold
    ("Ghana remained open to talks with Togo over the border.",
     [("state:GH", "Meet", "state:TG", "positive", "possible")], []),
    ("Ghana said it was not ready for talks with Togo.",
     [("state:GH", "Meet", "state:TG", "negative", "possible")], [("state:GH", "Meet", "state:TG", "positive")]),
    # a pact one lets expire (or lapse) is ended, not something allowed
    ("Kazakhstan allowed its fishing agreement with Norway to expire in March.",
     [("state:KZ", "Cooperate", "state:NO", "negative", "asserted")],
     [("state:KZ", "Allow", "init:fishing agreement with norway", "positive"), ("state:KZ", "Agree", "state:NO", "positive")]),
    ("Mexico let its water treaty with Belize expire last year.",
     [("state:MX", "Cooperate", "state:BZ", "negative", "asserted")], []),
    # "said A did X and urged B to …": the appeal is the speaker's, however the parser hangs it
    ("Kenyan Foreign Minister Musalia Mudavadi said Uganda violated the border accord and urged Tanzania to "
     "mediate in the dispute.",
     [("person:musalia mudavadi", "Request", "state:TZ", "positive", "asserted")],
     [("state:UG", "Request", "state:TZ", "positive")]),
    ("Qatari spokesman Majed al-Ansari said Hamas rejected the proposal and demanded that Israel withdraw its troops.",
     [("org:hamas", "Request", "state:IL", "positive", "asserted")], []),
    # a stance on "the X of Y by Z" is a stance on Z, the one who did it, whatever the noun
    ("Egypt denounced the seizure of the border post by Israel.",
     [("state:EG", "Criticize", "state:IL", "positive", "asserted")], []),
    ("Iran condemned the expulsion of its diplomats by Azerbaijan.",
     [("state:IR", "Criticize", "state:AZ", "positive", "asserted")], []),
    # regretting (welcoming) that someone did a thing is a stance on them; the clause's "not" is its own
    ("Senegal said it regretted that Gambia had not honoured the fishing accord.",
     [("state:SN", "Criticize", "state:GM", "positive", "asserted")], [("state:SN", "Criticize", "state:GM", "negative")]),
    ("Senegal welcomed that Gambia had reopened the crossing.",
     [("state:SN", "Support", "state:GM", "positive", "asserted")], []),
    ("Senegal regretted that it could not attend the summit.",
     [], [("state:SN", "Criticize", "state:SN", "positive")]),
    # an embassy speaks for its state
    ("The Iranian embassy condemned the expulsion of its diplomats by Azerbaijan.",
     [("state:IR", "Criticize", "state:AZ", "positive", "asserted")], []),
    # declaring another state's envoy "persona non grata" expels them: ties are downgraded
    ("Lima declared the Bolivian ambassador persona non grata on Friday.",
     [("state:PE", "Cooperate", "state:BO", "negative", "asserted")], []),
    ("Lima declared a state of emergency in the south.",
     [], [("state:PE", "Cooperate", "state:BO", "negative")]),
    # drawing closer to a state, turning (leaning) on it "for" help: ties with it; troops draw closer to towns
    ("Laos has drawn closer to Vietnam since the election.",
     [("state:LA", "Cooperate", "state:VN", "positive", "asserted")], []),
    ("Zambia turned to India for emergency loans.",
     [("state:ZM", "Cooperate", "state:IN", "positive", "asserted")], []),
    ("Zambia turned to India.", [], [("state:ZM", "Cooperate", "state:IN", "positive")]),
    # leaning on someone "to" act is pressing them to
    ("Egypt leaned hard on Hamas to accept the truce.",
     [("state:EG", "Request", "org:hamas", "positive", "asserted")], [("state:EG", "Cooperate", "org:hamas", "positive")]),
    ("Ethiopian troops drew closer to Eritrea.", [], [("state:ET", "Cooperate", "state:ER", "positive")]),
    # links with a state are ties with it
    ("Armenia will cut its remaining rail links with Azerbaijan.",
     [("state:AM", "Cooperate", "state:AZ", "negative", "intended")], []),
    # ordering an envoy to leave expels them; sending one back restores ties; sending one to talks says nothing
    ("Kuwait ordered the Iraqi ambassador to leave the country within 48 hours.",
     [("state:KW", "Cooperate", "state:IQ", "negative", "asserted")], []),
    ("Qatar sent its ambassador back to Cairo in June.",
     [("state:QA", "Cooperate", "state:EG", "positive", "asserted")], []),
    ("Qatar sent its ambassador to the talks in Cairo.",
     [], [("state:QA", "Cooperate", "state:EG", "positive"), ("state:QA", "Cooperate", "state:EG", "negative")]),
    # "signed off on", "signed up to": agreement; a second "to" right after the object's phrase is not an object
    ("Chile and Peru signed a fisheries treaty in May. Bolivia has not yet signed off on the treaty.",
     [("state:BO", "Agree", "init:fisheries treaty", "negative", "asserted")], []),
    ("Japan has not signed up to Washington's curbs on exports of advanced lasers to Russia.",
     [], [("state:JP", "Agree", "state:RU", "negative"), ("state:JP", "Agree", "state:RU", "positive")]),
    ("Brazil objected to Argentina's tariffs on beef to Chile.",
     [("state:BR", "Oppose", "init:argentina tariffs to chile", "positive", "asserted")],
     [("state:BR", "Oppose", "state:CL", "positive")]),
    # a date is no object of "agreed on"
    ("Chile and Peru agreed late on Sunday on the fisheries treaty.",
     [("state:CL", "Agree", "init:fisheries treaty", "positive", "asserted")], []),
    # suspending visa services for a country's citizens sanctions it; loosening sanctions lifts some
    ("Pakistan suspended visa services for Afghans in March.",
     [("state:PK", "Sanction", "state:AF", "positive", "asserted")], []),
    ("Britain loosened some of its sanctions on Myanmar.",
     [("state:GB", "Sanction", "state:MM", "negative", "asserted")], [("state:GB", "Sanction", "state:MM", "positive")]),
    # taking a dispute (or a state) to a court or body is an appeal to it; taking troops somewhere is not
    ("Guyana said it would take the border dispute to the International Court of Justice.",
     [("state:GY", "Request", "org:icj", "positive", "intended")], []),
    ("Bolivia took Chile to the International Court of Justice in 2013.",
     [("state:BO", "Request", "org:icj", "positive", "asserted")], []),
    ("Rwanda took its troops to the African Union mission.", [], [("state:RW", "Request", "org:african-union", "positive")]),
    # "the country" in what a state's officials say is their own country, though another was named since
    ("Guyanese officials said they would not hold talks with Caracas and that the country would take the dispute "
     "to the International Court of Justice.",
     [("state:GY", "Request", "org:icj", "positive", "intended")], [("state:VE", "Request", "org:icj", "positive")]),
    # armed groups the model does not tag are known to the gazetteer
    ("Polisario fighters fired rockets at Moroccan positions near the berm.",
     [("org:polisario-front", "Attack", "state:MA", "positive", "asserted")], []),
    ("Pakistani jets struck hideouts of the Pakistani Taliban near the border.",
     [("state:PK", "Attack", "org:ttp", "positive", "asserted")], []),
    # development aid is money (Fund), as humanitarian aid is not
    ("Sweden suspended its development aid to Burundi.",
     [("state:SE", "Fund", "state:BI", "negative", "asserted")], [("state:SE", "ProvideAid", "state:BI", "negative")]),
    # recalling one's negotiators from a summit is leaving it; recalling an envoy from a state cuts ties
    ("Chile recalled its negotiators from the COP29 summit on Friday.",
     [("state:CL", "Participate", "init:cop29 summit", "negative", "asserted")], []),
    ("Chile recalled its ambassador from Bolivia.",
     [("state:CL", "Cooperate", "state:BO", "negative", "asserted")], [("state:CL", "Participate", "state:BO", "negative")]),
    # a threat to X's security is a threat to X; a state's presence that poses one is the state's
    ("The Iranian navy could pose a threat to Saudi security.",
     [("state:IR", "Threaten", "state:SA", "positive", "possible")], []),
    ("Hanoi said the Chinese deployment posed no threat to Vietnam.",
     [("state:CN", "Threaten", "state:VN", "negative", "asserted")], [("state:CN", "Threaten", "state:VN", "positive")]),
    ("Analysts believe Moscow will pose a threat to regional security.",
     [("state:RU", "Threaten", "init:regional security", "positive", "intended")], []),
    # obligations "under" a pact, and the terms "of" one, are commitments to the pact; meeting them keeps them
    ("Peru and Chile signed an extradition treaty in 2019. Lima expects Santiago to honour its obligations under "
     "the treaty.",
     [("state:CL", "Commit", "init:extradition treaty", "positive", "intended")], []),
    ("Peru and Chile signed an extradition treaty in 2019. Chile said it had met its obligations under the treaty.",
     [("state:CL", "Commit", "init:extradition treaty", "positive", "asserted")], [("state:CL", "Meet", "init:extradition treaty", "positive")]),
    # a relative pronoun that a state labels is the noun before it, unless that noun hangs on another
    ("Bogota is fighting the ELN, which Colombia calls a terrorist group.",
     [("state:CO", "Criticize", "org:eln", "positive", "asserted")], []),
    ("Cairo objects to the dam on the Blue Nile, which Egypt regards as a threat to its farms.",
     [], [("state:EG", "Criticize", "org:n:blue nile", "positive")]),
    # hosting another state's forces or base lets them stay, whatever stands before the noun
    ("Qatar hosts a large American air base.",
     [("state:QA", "Allow", "state:US", "positive", "asserted")], [("state:QA", "Meet", "state:US", "positive")]),
    ("Germany hosts tens of thousands of U.S. soldiers.",
     [("state:DE", "Allow", "state:US", "positive", "asserted")], []),
    ("Fiji hosts Australian police trainers.",
     [("state:FJ", "Allow", "state:AU", "positive", "asserted")], []),
    # expelling military advisers, or some of another's diplomats, downgrades ties; "each … the other's" both ways
    ("Algeria has expelled French military advisers.",
     [("state:DZ", "Cooperate", "state:FR", "negative", "asserted")], [("state:DZ", "Cooperate", "state:FR", "positive")]),
    ("Peru expelled four of Mexico's diplomats.",
     [("state:PE", "Cooperate", "state:MX", "negative", "asserted")], []),
    ("Ghana and Togo each expelled three of the other's diplomats.",
     [("state:GH", "Cooperate", "state:TG", "negative", "asserted"),
      ("state:TG", "Cooperate", "state:GH", "negative", "asserted")], []),
    ("Chile recalled its military advisers.", [], [("state:CL", "Cooperate", "state:CL", "negative")]),
    # being, staying or keeping "in contact with" a state is working with it, as its verb fares
    ("Jordan has been in close contact with Iraq.",
     [("state:JO", "Cooperate", "state:IQ", "positive", "asserted")], []),
    ("Jordan was not in contact with Iraq, the ministry said.",
     [("state:JO", "Cooperate", "state:IQ", "negative", "asserted")], [("state:JO", "Cooperate", "state:IQ", "positive")]),
    # a leader's government (or administration, cabinet, regime) is the state the leader leads, when known
    ("Malian leader Assimi Goita took power in 2021. Goita's government has since torn up defence accords with Paris.",
     [("state:ML", "Cooperate", "state:FR", "negative", "asserted")], [("person:assimi goita", "Cooperate", "state:FR", "negative")]),
    ("Kenyan President William Ruto spoke on Friday. He said his government would not recognise Kosovo.",
     [("state:KE", "Support", "state:XK", "negative", "intended")], [("person:william ruto", "Support", "state:XK", "negative")]),
    ("The EU imposed sanctions on President Alexander Lukashenko's government.",
     [("org:european-union", "Sanction", "state:BY", "positive", "asserted")], []),
    # expelling another state's troops, or ordering them to leave, no longer lets them stay
    ("Chad expelled French troops in January.",
     [("state:TD", "Allow", "state:FR", "negative", "asserted")], [("state:TD", "Allow", "state:FR", "positive")]),
    ("Mali ordered about 300 French commandos to leave.",
     [("state:ML", "Allow", "state:FR", "negative", "asserted")], []),
    ("Niger kicked out U.S. forces.",
     [("state:NE", "Allow", "state:US", "negative", "asserted")], []),
    ("Mali ordered French troops to patrol the border.", [], [("state:ML", "Allow", "state:FR", "negative")]),
    # a border crossing closed, or kept closed, restricts the state beyond it, however the noun phrase runs
    ("Armenia closed its main border crossing with Turkey.",
     [("state:AM", "Sanction", "state:TR", "positive", "asserted")], []),
    ("Armenia has kept its main border crossing with Turkey closed since 1993.",
     [("state:AM", "Sanction", "state:TR", "positive", "asserted")], []),
    ("Armenia kept its border crossing with Georgia open.", [], [("state:AM", "Sanction", "state:GE", "positive")]),
    # playing host to leaders, bringing them together or phoning one is meeting them
    ("Japanese Prime Minister Fumio Kishida played host to the leaders of Vietnam and Laos.",
     [("person:fumio kishida", "Meet", "state:VN", "positive", "asserted"),
      ("person:fumio kishida", "Meet", "state:LA", "positive", "asserted")], []),
    ("Kenyan President William Ruto brought together Ethiopian Prime Minister Abiy Ahmed and Somali President "
     "Hassan Sheikh Mohamud.",
     [("person:william ruto", "Meet", "person:abiy ahmed", "positive", "asserted")], []),
    ("French President Emmanuel Macron phoned Russian President Vladimir Putin on Friday.",
     [("person:emmanuel macron", "Meet", "person:vladimir putin", "positive", "asserted")], []),
    ("Japanese Prime Minister Fumio Kishida played a key role in the talks.", [],
     [("person:fumio kishida", "Meet", "init:talks", "positive")]),
    # an act counted in thousands ("thousands of air strikes on X") acts on X through the count
    ("Turkey has carried out thousands of air strikes on the PKK since 2015.",
     [("state:TR", "Attack", "org:pkk", "positive", "asserted")], []),
    # a licence or permit granted lets its holder act; one revoked, withdrawn or stripped no longer does
    ("Burkina Faso has withdrawn Shell's permit to drill in the north.",
     [("state:BF", "Allow", "org:n:shell", "negative", "asserted")], [("state:BF", "Allow", "org:n:shell", "positive")]),
    ("Ghana said it had not granted any concession to Shell.",
     [("state:GH", "Allow", "org:n:shell", "negative", "asserted")], [("state:GH", "Allow", "org:n:shell", "positive")]),
    ("Ghana granted Shell a licence to explore offshore.",
     [("state:GH", "Allow", "org:n:shell", "positive", "asserted")], []),
    # a state's ally ("Serbia's closest ally", "an ally of Cuba's government") is no member of the story's bloc
    ("The EU imposed sanctions on Serbia. Russia, Serbia's closest ally, condemned the EU move.",
     [("state:RU", "Criticize", "org:european-union", "positive", "asserted")],
     [("state:RU", "MemberOf", "org:european-union", "positive")]),
    ("ASEAN leaders met in Hanoi. China, a close ally of Laos, urged restraint.",
     [], [("state:CN", "MemberOf", "org:asean", "positive")]),
    # a member joined to a description set beside a name ("X, Y's ally and a member of Z") is X
    ("Latvia, Estonia's closest ally and a member of both the EU and NATO, backed the plan.",
     [("state:LV", "MemberOf", "org:european-union", "positive", "asserted"),
      ("state:LV", "MemberOf", "org:nato", "positive", "asserted")], []),
    # aid named as what a suspension, withholding or end is "of" was stopped, never given
    ("Berlin's suspension of military aid to Israel angered Jerusalem.",
     [("state:DE", "ProvideMilitaryAid", "state:IL", "negative", "asserted")],
     [("state:DE", "ProvideMilitaryAid", "state:IL", "positive")]),
    ("The end of Swedish funding for UNRWA hurt refugees.",
     [("state:SE", "Fund", "org:unrwa", "negative", "asserted")], [("state:SE", "Fund", "org:unrwa", "positive")]),
    # a headline's bare infinitive ("X to send Y") is what is to come, not what was done
    ("Sweden to send Archer howitzers to Ukraine",
     [("state:SE", "ProvideMilitaryAid", "state:UA", "positive", "intended")],
     []),
    # "the withdrawal", "the invasion": event nouns that point back at an act of their kind, a
    # withdrawal only at one undone; a label the parser hangs on the object as an apposition
    ("Moscow pulled out of the fisheries accord on Monday. Norway called the withdrawal \"a betrayal\".",
     [("state:NO", "Criticize", RU, "positive", "asserted")], []),
    ("Moscow signed the fisheries accord in March. Norway condemned the withdrawal.", [],
     [("state:NO", "Criticize", RU, "positive")]),
    ("Belarus invaded Lithuania on Sunday. Poland condemned the invasion.",
     [("state:PL", "Criticize", "state:BY", "positive", "asserted")], []),
    ("Venezuelan troops raided a Guyanese border post. Guyana called the seizure \"a betrayal\".",
     [("state:GY", "Criticize", "state:VE", "positive", "asserted")], []),
    # a mission named beside the description of whose it is runs as that body's: the appositions
    # both ways round, a mission kept or run by the subject; not one that has wound up, nor an
    # armed force that is no mission ("Sudan's paramilitary force")
    ("MONUSCO, the U.N. stabilisation mission, said it had evacuated staff from Goma.",
     [("org:united-nations", "Participate", "org:monusco", "positive", "asserted")], []),
    ("The African Union's monitoring mission, AMISOM, will stay in Somalia.",
     [("org:african-union", "Participate", "org:atmis", "positive", "asserted")], []),
    ("The United Nations, which has kept a peacekeeping mission, UNMISS, there since 2011, voiced concern.",
     [("org:united-nations", "Participate", "org:unmiss", "positive", "asserted")], []),
    ("The U.N. peacekeeping mission, UNMISS, wound up its withdrawal in July.", [],
     [("org:united-nations", "Participate", "org:unmiss", "positive")]),
    ("Sudan's paramilitary force, the RSF, shelled El Fasher.", [],
     [("state:SD", "Participate", "org:rapid-support-forces", "positive")]),
    # ties opened are ties made
    ("Bhutan has not ruled out opening ties with Beijing.", [("state:BT", "Cooperate", "state:CN", "positive", "possible")],
     [("state:BT", "Cooperate", "state:CN", "negative")]),
    ("Tuvalu will open diplomatic relations with China next month.",
     [("state:TV", "Cooperate", "state:CN", "positive", "intended")], []),
    # the full name of a leader the tables know is a person, however the model tags it
    ("Moroccan King Mohammed VI received Ursula von der Leyen and Giorgia Meloni in Rabat on Friday.",
     [("person:mohammed vi", "Meet", "person:giorgia meloni", "positive", "asserted"),
      ("person:mohammed vi", "Meet", "person:ursula von der leyen", "positive", "asserted")], []),
    # a restriction on sales of goods hits the state they go to, wherever the parser hangs its "to"
    ("Berlin's restrictions on sales of advanced machine tools to Russia took effect.",
     [(DE, "Sanction", RU, "positive", "asserted")], []),
    ("The Netherlands imposed restrictions on sales of chips to China.",
     [("state:NL", "Sanction", "state:CN", "positive", "asserted")], []),
    # checks put on a border restrict the state beyond it, however the parser hangs the border; a
    # closure of some of the crossings is one too; not controls a donor helps tighten at a port
    ("Austria tightened checks at its border with Slovenia.", [("state:AT", "Sanction", "state:SI", "positive", "asserted")], []),
    ("Denmark reintroduced controls on its frontier with Sweden in March.",
     [("state:DK", "Sanction", "state:SE", "positive", "asserted")], []),
    ("Estonia shut three of its border crossings with Russia.", [("state:EE", "Sanction", RU, "positive", "asserted")], []),
    ("Japan paid to tighten controls at Philippine ports.", [], [("state:JP", "Sanction", "state:PH", "positive")]),
    # export controls on a state restrict it
    ("Britain imposed new export controls on Belarus.", [("state:GB", "Sanction", "state:BY", "positive", "asserted")], []),
    # a plan, bid or deal that is scrapped, dropped or abandoned undoes what it planned; one kept
    # ("did not drop its plan") stands; blocking another's plan denies nothing the owner planned
    ("Britain dropped plans to send troops to Mali.",
     [("state:GB", "ProvideMilitaryAid", "state:ML", "negative", "intended")], [("state:GB", "ProvideMilitaryAid", "state:ML", "positive")]),
    ("Britain did not drop its plan to send troops to Mali.",
     [("state:GB", "ProvideMilitaryAid", "state:ML", "positive", "intended")], [("state:GB", "ProvideMilitaryAid", "state:ML", "negative")]),
    ("Iceland abandoned its bid to join the EU.",
     [("state:IS", "Request", EU, "negative", "asserted")], [("state:IS", "Request", EU, "positive")]),
    ("Georgia has scrapped plans to buy air defence systems from France.", [],
     [("state:FR", "ProvideMilitaryAid", "state:GE", "positive"), ("state:GE", "Cooperate", "state:FR", "positive")]),
    ("Poland will not block the EU's plan to fund Ukraine.",
     [("org:european-union", "Fund", UA, "positive", "intended")], [("org:european-union", "Fund", UA, "negative"), ("state:PL", "Fund", UA, "negative")]),
    ("Hungary will not block NATO's mission to support Ukraine.",
     [(NATO, "Support", UA, "positive", "asserted")], [(HU, "Support", UA, "negative"), (HU, "Support", UA, "positive")]),
    ("Hungary opposes NATO's mission to train Ukrainian troops.",
     [(NATO, "ProvideMilitaryAid", UA, "positive", "asserted")], [(HU, "ProvideMilitaryAid", UA, "positive")]),
    ("Hungary blocked a plan to fund Ukraine.", [], [(HU, "Fund", UA, "positive")]),
    ("Slovakia objected to a plan to fund Ukraine.", [], [("state:SK", "Fund", UA, "positive")]),
    ("Slovakia spoke out against a plan to send tanks to Ukraine.", [], [("state:SK", "ProvideMilitaryAid", UA, "positive")]),
    # an act someone averts or heads off neither happened nor was refused; one feared or warned of may come
    ("Diplomats are trying to avert a war between Ethiopia and Eritrea.", [],
     [("state:ET", "Attack", "state:ER", "positive"), ("state:ET", "Attack", "state:ER", "negative")]),
    ("Mediators worked to stave off a Chinese blockade of Taiwan.", [], [("state:CN", "Block", "state:TW", "positive")]),
    ("Analysts fear a war between China and Taiwan.", [("state:CN", "Attack", "state:TW", "positive", "possible")], []),
    ("Officials warned of a Russian attack on Moldova.", [(RU, "Attack", "state:MD", "positive", "possible")], []),
    ("The move raised the risk of a war between India and Pakistan.", [("state:IN", "Attack", "state:PK", "positive", "possible")], []),
    # a prefixed verb the lemmatizer cuts wrongly ("co-chaired" -> "co-chaire") is still its trigger;
    # the partners one co-chairs "with" lead too
    ("Russia, which co-chaired the Minsk Group with France and the United States, objected.",
     [(RU, "LeaderOf", "org:n:minsk group", "positive", "asserted"), ("state:FR", "LeaderOf", "org:n:minsk group", "positive", "asserted"),
      (US, "LeaderOf", "org:n:minsk group", "positive", "asserted")], []),
    # those named "such as" are the group's members ("lenders such as the World Bank")
    ("China called on multilateral lenders such as the World Bank to share the losses.",
     [("state:CN", "Request", "org:world-bank", "positive", "asserted")], []),
    # what was done "despite" appeals or protests from someone was asked or protested by them;
    # an act not done despite them says nothing
    ("Thailand deported the men despite appeals from the United Nations.",
     [("org:united-nations", "Request", "state:TH", "positive", "asserted")], []),
    ("Japan released the water despite China's protests.", [("state:CN", "Criticize", "state:JP", "positive", "asserted")], []),
    ("Israel did not stop despite calls from the United States.", [], [(US, "Request", "state:IL", "positive")]),
    # experts or observers invited "from" a state or body: that state or body is asked
    ("Kazakhstan invited observers from the OSCE.", [("state:KZ", "Request", "org:osce", "positive", "asserted")], []),
    # "hand" gives as "give" does: money is funding, arms military aid, a letter nothing
    ("Australia has handed the United States $500 million to expand its shipyards.",
     [("state:AU", "Fund", US, "positive", "asserted")], []),
    ("The envoy of Kenya handed a letter to Uganda.", [], [("state:KE", "Fund", "state:UG", "positive"), ("state:KE", "ProvideAid", "state:UG", "positive")]),
    # parties or signatories to a pact in apposition to a list: each of them
    ("Britain, France and Germany, the European parties to the 2015 nuclear deal, objected.",
     [("state:GB", "Agree", "init:2015 nuclear deal", "positive", "asserted"), ("state:FR", "Agree", "init:2015 nuclear deal", "positive", "asserted"),
      (DE, "Agree", "init:2015 nuclear deal", "positive", "asserted")], []),
    ("Russia, which is a signatory of the Paris Agreement, objected.", [(RU, "Agree", "init:paris agreement", "positive", "asserted")], []),
    # cooperating with an investigation is cooperating with whoever runs it
    ("India has declined to cooperate with Canada's investigation into the killing.",
     [("state:IN", "Cooperate", "state:CA", "negative", "asserted")], [("state:IN", "Cooperate", "state:CA", "positive")]),
    # an airline that halts flights to a country stops doing business there; a state that does sanctions it
    ("Azerbaijan Airlines has suspended flights to seven Russian cities.",
     [("org:n:azerbaijan airlines", "Cooperate", RU, "negative", "asserted")], [("org:n:azerbaijan airlines", "Sanction", RU, "positive")]),
    ("Venezuela suspended flights to Panama.", [("state:VE", "Sanction", "state:PA", "positive", "asserted")], []),
    # a counterfactual "would have" act did not happen as told: possible at most, never asserted or intended
    ("Hungary would have vetoed the aid package for Ukraine had it not been amended.",
     [(HU, "Block", "init:aid package for ukraine", "positive", "possible")], []),
    # "neither X nor Y" as the subject or the object denies the act for each of them
    ("Neither Egypt nor Jordan will accept Palestinian refugees from Gaza.",
     [("state:EG", "ProvideAid", "state:PS", "negative", "intended"), ("state:JO", "ProvideAid", "state:PS", "negative", "intended")],
     [("state:EG", "ProvideAid", "state:PS", "positive"), ("state:JO", "ProvideAid", "state:PS", "positive")]),
    ("Neither the EU nor NATO will send troops to Ukraine.",
     [(EU, "ProvideMilitaryAid", UA, "negative", "intended"), (NATO, "ProvideMilitaryAid", UA, "negative", "intended")],
     [(EU, "ProvideMilitaryAid", UA, "positive"), (NATO, "ProvideMilitaryAid", UA, "positive")]),
    ("Neither Egypt nor Jordan has imposed sanctions on Israel.",
     [("state:EG", "Sanction", "state:IL", "negative", "asserted")], [("state:EG", "Sanction", "state:IL", "positive")]),
    ("Hungary will fund neither Egypt nor Jordan.",
     [(HU, "Fund", "state:EG", "negative", "intended"), (HU, "Fund", "state:JO", "negative", "intended")],
     [(HU, "Fund", "state:EG", "positive"), (HU, "Fund", "state:JO", "positive")]),
    # a "rather than" clause put first is what was not done; the main clause is untouched
    ("Rather than join NATO, Austria stayed neutral.",
     [("state:AT", "MemberOf", NATO, "negative", "asserted")], [("state:AT", "MemberOf", NATO, "positive")]),
    ("Rather than sanction Russia, India bought more Russian oil.", [], [("state:IN", "Cooperate", RU, "negative")]),
    # the exception of a list is not one of it ("everyone but Hungary", "Japan but not Korea"); what
    # one is "far from" doing is not done
    ("Everyone but Hungary supported the aid package for Ukraine.", [], [(HU, "Support", "init:aid package for ukraine", "positive")]),
    ("Far from backing Kyiv, Hungary blocked the aid package for Ukraine.",
     [(HU, "Support", UA, "negative", "asserted")], [(HU, "Support", UA, "positive")]),
    # being against or opposed to doing a thing, too cautious to do it, or lacking the means to,
    # is not doing it
    ("Hungary is against sending weapons to Ukraine.",
     [(HU, "ProvideMilitaryAid", UA, "negative", "asserted")], [(HU, "ProvideMilitaryAid", UA, "positive")]),
    ("Slovakia is opposed to arming Ukraine.", [], [("state:SK", "ProvideMilitaryAid", UA, "positive")]),
    ("Japan is too cautious to arm Ukraine.",
     [("state:JP", "ProvideMilitaryAid", UA, "negative", "asserted")], [("state:JP", "ProvideMilitaryAid", UA, "positive")]),
    ("Kenya lacks the funds to deploy troops to Haiti.", [], [("state:KE", "ProvideMilitaryAid", "state:HT", "positive")]),
    # "no" before the subject denies the act for every walker, not only the verb triggers: units
    # from a state ("no South Korean soldiers would join the war"); the verb's own reading is kept
    ("Kim said no South Korean soldiers would join the war in Ukraine.",
     [("state:KR", "Participate", "init:war in ukraine", "negative", "intended")],
     [("state:KR", "Participate", "init:war in ukraine", "positive"), ("state:KR", "Attack", UA, "positive")]),
    ("No EU country wants to send troops to Ukraine.",
     [(EU, "ProvideMilitaryAid", UA, "negative", "intended")], [(EU, "ProvideMilitaryAid", UA, "positive")]),
    # negative quantifiers and fronted negative phrases deny the act: "not a single", "not one",
    # "hardly any", "at no point", "under no circumstances", "not once", "hardly ever"
    ("Not a single EU country has agreed to fund the African Union peacekeeping mission in Somalia.",
     [(EU, "Fund", "init:african union peacekeeping mission in somalia", "negative", "intended")],
     [(EU, "Fund", "init:african union peacekeeping mission in somalia", "positive")]),
    ("Hardly any EU state supported the Hungarian proposal.", [], [(EU, "Support", "init:hungarian proposal", "positive")]),
    ("At no point did Egypt allow Israeli troops into Sinai.",
     [("state:EG", "Allow", "state:IL", "negative", "asserted")], [("state:EG", "Allow", "state:IL", "positive")]),
    ("Not once has China condemned Russia.",
     [("state:CN", "Criticize", RU, "negative", "asserted")], [("state:CN", "Criticize", RU, "positive")]),
    ("Under no circumstances will Japan send troops to Taiwan.",
     [("state:JP", "ProvideMilitaryAid", "state:TW", "negative", "intended")],
     [("state:JP", "ProvideMilitaryAid", "state:TW", "positive")]),
    ("India hardly ever supports Western resolutions on Russia.", [],
     [("state:IN", "Support", "init:western resolutions on russia", "positive")]),
    ("The EU imposed sanctions on Russia in no time.", [(EU, "Sanction", RU, "positive", "asserted")], []),
    # two joined auxiliaries share one negation ("cannot and will not"); "not only/just … but also"
    # denies nothing
    ("The Philippines cannot and will not allow China to build on Scarborough Shoal.",
     [("state:PH", "Allow", "state:CN", "negative", "intended")], [("state:PH", "Allow", "state:CN", "positive")]),
    ("Japan has never and will never recognize Russia's annexation of Crimea.",
     [("state:JP", "Support", RU, "negative", "intended")], [("state:JP", "Support", RU, "positive")]),
    ("Turkey not only criticized Israel but also suspended trade with it.",
     [("state:TR", "Criticize", "state:IL", "positive", "asserted")], [("state:TR", "Criticize", "state:IL", "negative")]),
    ("Turkey not just criticized Israel but also suspended trade with it.",
     [("state:TR", "Criticize", "state:IL", "positive", "asserted")], [("state:TR", "Criticize", "state:IL", "negative")]),
    # what was almost done, or come close to, was not done ("nearly doubled its aid" gives aid)
    ("Israel almost attacked Iran's nuclear sites in 2012.",
     [("state:IL", "Attack", "state:IR", "negative", "asserted")], [("state:IL", "Attack", "state:IR", "positive")]),
    ("Germany nearly doubled its military aid to Ukraine.", [(DE, "ProvideMilitaryAid", UA, "positive", "asserted")], []),
    ("Turkey came close to joining the European Union in 2005.",
     [("state:TR", "MemberOf", EU, "negative", "asserted")], [("state:TR", "MemberOf", EU, "positive")]),
    ("Turkey did not come close to joining the EU.", [], [("state:TR", "MemberOf", EU, "positive")]),
    # a former member is none now; an aspiring or would-be member is none yet
    ("Britain, a former EU member, signed a trade deal with India.",
     [("state:GB", "MemberOf", EU, "negative", "asserted")], [("state:GB", "MemberOf", EU, "positive")]),
    ("Aspiring EU member Moldova held a referendum.", [], [("state:MD", "MemberOf", EU, "positive")]),
    # talks called off, a suspension lifted, a ban reversed
    ("Mexico called off its meeting with Peru's president.",
     [("state:MX", "Meet", "state:PE", "negative", "asserted")], [("state:MX", "Meet", "state:PE", "positive")]),
    ("The talks between Egypt and Ethiopia never went ahead.",
     [("state:EG", "Meet", "state:ET", "negative", "asserted")], [("state:EG", "Meet", "state:ET", "positive")]),
    ("The EU lifted its suspension of aid to Niger.",
     [(EU, "ProvideAid", "state:NE", "positive", "asserted")], [(EU, "ProvideAid", "state:NE", "negative")]),
    ("Germany reversed its ban on arms exports to Saudi Arabia.",
     [(DE, "Sanction", "state:SA", "negative", "asserted")], [(DE, "Sanction", "state:SA", "positive")]),
    # a denial denied affirms; "neither confirmed nor denied" says nothing; claims denied by the
    # first of two joined verbs are denied
    ("Modi did not deny that India buys Russian oil.",
     [("state:IN", "Cooperate", RU, "positive", "asserted")], [("state:IN", "Cooperate", RU, "negative")]),
    ("No one denies that Russia attacked Ukraine.", [(RU, "Attack", UA, "positive", "asserted")], [(RU, "Attack", UA, "negative")]),
    ("The Kremlin neither confirmed nor denied that it had supplied weapons to the Houthis.", [],
     [(RU, "ProvideMilitaryAid", "org:houthis", "negative"), (RU, "ProvideMilitaryAid", "org:houthis", "positive")]),
    ("Iran denied and condemned claims that it had armed the Houthis.",
     [("state:IR", "ProvideMilitaryAid", "org:houthis", "negative", "asserted")],
     [("state:IR", "ProvideMilitaryAid", "org:houthis", "positive")]),
    # a direct question tells nothing; a statement before a question's own clause stands
    ("Did Japan sanction Russia?", [], [("state:JP", "Sanction", RU, "positive")]),
    ("Will Hungary block aid to Ukraine and will Slovakia follow?", [], [(HU, "Block", "init:aid to ukraine", "positive")]),
    ("Japan sanctioned Russia, but will it last?", [("state:JP", "Sanction", RU, "positive", "asserted")], []),
    # "hopes to join" is a membership bid, like "seeks to join" (the model lemmatized "hopes" as "hop")
    ("Albania hopes to join the EU by 2030.", [("state:AL", "Request", EU, "positive", "asserted")],
     [("state:AL", "MemberOf", EU, "positive")]),
    # "no plans for X to"; "doubt that"; "no doubt that" affirms; "no evidence that" says nothing
    ("There are no plans for Japan to send troops to Iraq.",
     [("state:JP", "ProvideMilitaryAid", "state:IQ", "negative", "intended")],
     [("state:JP", "ProvideMilitaryAid", "state:IQ", "positive")]),
    ("Diplomats doubted that Turkey would veto Sweden's membership.",
     [("state:TR", "Block", "state:SE", "negative", "possible")], [("state:TR", "Block", "state:SE", "positive")]),
    ("There is no doubt that Russia attacked Ukraine.", [(RU, "Attack", UA, "positive", "asserted")], [(RU, "Attack", UA, "negative")]),
    ("There is no evidence that Iran armed the Houthis.", [],
     [("state:IR", "ProvideMilitaryAid", "org:houthis", "positive"), ("state:IR", "ProvideMilitaryAid", "org:houthis", "negative")]),
    # aid received "no" of, support "lacking": not given; an object "instead of" another is the one acted on
    ("Kenya received no support from the African Union for the mission.",
     [("org:african-union", "ProvideAid", "state:KE", "negative", "asserted")],
     [("org:african-union", "ProvideAid", "state:KE", "positive")]),
    ("The lack of German support for the eurobond proposal frustrated Italy.", [],
     [(DE, "Support", "init:eurobond proposal", "positive")]),
    ("Brazil funded the Amazon Fund instead of the World Bank programme.", [],
     [("state:BR", "Fund", "init:world bank programme", "positive")]),
    # "will fund but not arm": the auxiliary is both verbs', the negation only the second's
    ("Japan will fund but not arm Ukraine.",
     [("state:JP", "Fund", UA, "positive", "intended"), ("state:JP", "ProvideMilitaryAid", UA, "negative", "intended")], []),
    # a claim found false is a denial; advice "against" another's act is no act
    ("The claim that Iran supplied missiles to Russia is false.",
     [("state:IR", "ProvideMilitaryAid", RU, "negative", "asserted")], [("state:IR", "ProvideMilitaryAid", RU, "positive")]),
    ("Claims that Iran armed the Houthis turned out to be false.", [],
     [("state:IR", "ProvideMilitaryAid", "org:houthis", "positive")]),
    ("Reports that Iran armed the Houthis proved to be accurate.",
     [("state:IR", "ProvideMilitaryAid", "org:houthis", "positive", "asserted")], []),
    ("China warned the Philippines against joining the US military drills.", [],
     [("state:CN", "Participate", "init:united states military drills", "negative")]),
    # a condition without "if" ("Should China …", "Were Iran to …", "In case …") is not asserted,
    # and makes the main clause possible; "had attacked" with no subject after it is no condition
    ("Should China decide to invade Taiwan, Japan would support the United States.",
     [("state:JP", "Support", US, "positive", "possible")], [("state:CN", "Attack", "state:TW", "positive")]),
    ("Were Iran to attack Israel, the United States would defend it.", [], [("state:IR", "Attack", "state:IL", "positive")]),
    ("In case Russia attacks Moldova, Romania will send troops.", [], [(RU, "Attack", "state:MD", "positive")]),
    # "will become a member" is to come; "it is possible / unlikely that" may be; "committed to
    # sending" is a promise
    ("Sweden will become a NATO member next year.", [("state:SE", "MemberOf", NATO, "positive", "intended")], []),
    ("It is possible that Turkey will join the BRICS group.", [("state:TR", "MemberOf", "org:brics", "positive", "possible")], []),
    ("It is unlikely that China will supply weapons to Russia.",
     [("state:CN", "ProvideMilitaryAid", RU, "negative", "possible")], [("state:CN", "ProvideMilitaryAid", RU, "positive")]),
    ("Germany has committed to sending air defence systems to Israel.",
     [(DE, "ProvideMilitaryAid", "state:IL", "positive", "intended")], []),
    # advice to another not to act is not the adviser's refusal
    ("Iran warned Iraq not to join the coalition against the Houthis.", [],
     [("state:IR", "Participate", "init:coalition against houthis", "negative")]),
    ("The US warned Egypt not to buy Russian jets.", [], [(US, "Cooperate", RU, "negative")]),
    # an act named as the subject of a verb of ending is no more
    ("Nigeria's aid to Niger ended after the coup.",
     [("state:NG", "ProvideAid", "state:NE", "negative", "asserted")], [("state:NG", "ProvideAid", "state:NE", "positive")]),
    ("Japan's sanctions on Iran expired last year.",
     [("state:JP", "Sanction", "state:IR", "negative", "asserted")], [("state:JP", "Sanction", "state:IR", "positive")]),
    ("Saudi Arabia's aid to Egypt dried up in 2019.", [], [("state:SA", "ProvideAid", "state:EG", "positive")]),
    ("Japan discontinued its funding for Myanmar.", [("state:JP", "Fund", "state:MM", "negative", "asserted")], []),
    ("Japan's aid to Myanmar continued.", [("state:JP", "ProvideAid", "state:MM", "positive", "asserted")], []),
    # reports denied in other words, or found false; not knowing denies nothing; no comment confirms nothing
    ("Egypt denied a media report that it had supplied weapons to Sudan's army.", [],
     [("state:EG", "ProvideMilitaryAid", "state:SD", "positive")]),
    ("Ethiopia rejected as false claims that it had attacked Eritrea.",
     [("state:ET", "Attack", "state:ER", "negative", "asserted")], [("state:ET", "Attack", "state:ER", "positive")]),
    ("India shrugged off reports that it had bought Iranian oil.", [], [("state:IN", "Cooperate", "state:IR", "positive")]),
    ("Indonesia said there was no truth to reports that it would recognize Israel.", [],
     [("state:ID", "Support", "state:IL", "positive")]),
    ("Ethiopia said it was false that it had attacked Eritrea.",
     [("state:ET", "Attack", "state:ER", "negative", "asserted")], [("state:ET", "Attack", "state:ER", "positive")]),
    ("Kenya's president said he was not aware that Uganda had deployed troops to Congo.", [],
     [("state:UG", "ProvideMilitaryAid", "state:CD", "negative")]),
    ("Egypt declined to comment on reports that it had supplied weapons to Sudan's army.", [],
     [("state:EG", "ProvideMilitaryAid", "state:SD", "positive")]),
    # "provided (that)", "in the event of": the act is conditional and the condition is not asserted;
    # "as long as" keeps the modality (as the gold has it), but its clause is not asserted either
    ("Egypt will join the African Union mission in Somalia provided that the AU funds it.",
     [("state:EG", "Participate", "init:african union mission in somalia", "positive", "possible")],
     [("org:african-union", "Fund", "init:african union mission in somalia", "positive")]),
    ("In the event of an attack on Japan, the United States will defend Japan.",
     [(US, "Support", "state:JP", "positive", "possible")], []),
    ("Kenya will send troops to Haiti as long as the UN pays for the mission.",
     [("state:KE", "ProvideMilitaryAid", "state:HT", "positive", "intended")], []),
    # "even if" concedes: the main clause holds anyway; "plans on leaving" is intended
    ("Even if Russia asks, India will not send troops to Ukraine.",
     [("state:IN", "ProvideMilitaryAid", UA, "negative", "intended")], [("state:IN", "ProvideMilitaryAid", UA, "positive")]),
    ("Britain plans on leaving the European Union even if no agreement is reached.",
     [("state:GB", "MemberOf", EU, "negative", "intended")], []),
    # encouraging another to act, or begging, is no act of one's own; "not X but Y" is Y's alone
    ("Japan encouraged India to join the Quad exercise.", [],
     [("state:IN", "Participate", "init:quadrilateral security dialogue exercise", "positive")]),
    ("Turkey begged NATO to support its operation in Syria.", [("state:TR", "Request", NATO, "positive", "asserted")],
     [("state:TR", "Support", "init:nato operation in syria", "positive")]),
    ("Not Kenya but Uganda sent troops to Somalia.",
     [("state:UG", "ProvideMilitaryAid", "state:SO", "positive", "asserted")], [("state:KE", "ProvideMilitaryAid", "state:SO", "positive")]),
    # hedges make an act possible
    ("Iran allegedly supplied missiles to Russia.", [("state:IR", "ProvideMilitaryAid", RU, "positive", "possible")], []),
    ("The UN said Iran was likely supplying weapons to the Houthis.",
     [("state:IR", "ProvideMilitaryAid", "org:houthis", "positive", "possible")], []),
    # a sentence that undoes the plans of the one before gives their negative (the plan stays, as it was)
    ("Turkey threatened to veto Sweden's accession. In the end it did not.",
     [("state:TR", "Block", "state:SE", "positive", "possible"), ("state:TR", "Block", "state:SE", "negative", "asserted")], []),
    ("Nigeria planned to send troops to Niger. The plan was shelved after the Senate objected.",
     [("state:NG", "ProvideMilitaryAid", "state:NE", "negative", "asserted")], []),
    ("Poland said it would supply fighter jets to Ukraine. Two weeks later, Warsaw walked back the offer.",
     [("state:PL", "ProvideMilitaryAid", UA, "negative", "asserted")], []),
    ("Turkey threatened to veto Sweden's accession. Hungary did not.", [], [("state:TR", "Block", "state:SE", "negative")]),
    ("Japan will fund Ukraine. It has not done so in the past.", [], [("state:JP", "Fund", UA, "negative")]),
    # "provided" with its own subject and object is a verb, not a condition; a sentence-initial
    # adjective the model tags a person is none
    ("Iran supplied drones to Russia, while North Korea provided artillery shells.",
     [("state:IR", "ProvideMilitaryAid", RU, "positive", "asserted")], []),
    ("Humanitarian aid to Gaza was blocked by Israel.", [("state:IL", "Block", "init:humanitarian aid to gaza", "positive", "asserted")],
     [("person:humanitarian", "ProvideAid", "place:gaza", "positive")]),
    # a later denial of a reported act, by the one said to do it, gives its negative, theirs; not a
    # denial of something else ("denied the charge" of an act that gave no statement)
    ("Reports said Egypt armed the RSF. Cairo denies this.",
     [("state:EG", "ProvideMilitaryAid", "org:rapid-support-forces", "negative", "asserted")], []),
    ("The UAE reportedly funds the RSF. Abu Dhabi says it does not.",
     [("state:AE", "Fund", "org:rapid-support-forces", "negative", "asserted")], []),
    ("Thailand accused Cambodia, a fellow ASEAN member, of planting mines. Cambodia denied the charge.", [],
     [("state:KH", "MemberOf", "org:asean", "negative")]),
    ("Egypt condemned Israel. Cairo denied reports that it had recalled its ambassador.", [],
     [("state:EG", "Criticize", "state:IL", "negative")]),
    # an act done, then stopped: both ("but stopped in 2020"); not "never stopped", nor "stopped short of"
    ("Germany used to fund the WHO but stopped in 2020.",
     [(DE, "Fund", "org:who", "positive", "asserted"), (DE, "Fund", "org:who", "negative", "asserted")], []),
    ("Japan funded the UN mission and never stopped.", [], [("state:JP", "Fund", "init:united nations mission", "negative")]),
    ("The United States said it supported ECOWAS's leadership but stopped short of endorsing military action.",
     [(US, "Support", "org:ecowas", "positive", "asserted")], [(US, "Support", "org:ecowas", "negative")]),
    # a receiver denied by "but not to" gets nothing from the noun either
    ("China sent medical aid to Gaza but not to Israel.", [], [("state:CN", "ProvideAid", "state:IL", "positive")]),
    # a plan or promise undone in a later "but …" clause, or a promised gift never delivered: its negative too
    ("Turkey threatened to veto Sweden's bid but in the end it did not.",
     [("state:TR", "Block", "state:SE", "positive", "possible"), ("state:TR", "Block", "state:SE", "negative", "asserted")], []),
    ("Poland promised tanks to Ukraine but never delivered them.",
     [("state:PL", "ProvideMilitaryAid", UA, "positive", "intended"),
      ("state:PL", "ProvideMilitaryAid", UA, "negative", "asserted")], []),
    ("Poland promised tanks to Ukraine but the tanks never arrived.",
     [("state:PL", "ProvideMilitaryAid", UA, "negative", "asserted")], []),
    ("Germany pledged tanks to Ukraine. The tanks were never delivered.",
     [(DE, "ProvideMilitaryAid", UA, "positive", "intended"), (DE, "ProvideMilitaryAid", UA, "negative", "asserted")], []),
    ("Saudi Arabia promised Lebanon one billion dollars. None of it has arrived.",
     [("state:SA", "Fund", "state:LB", "negative", "asserted")], []),
    ("The aid that Japan promised to Ukraine was never delivered.",
     [("state:JP", "ProvideAid", UA, "positive", "intended"), ("state:JP", "ProvideAid", UA, "negative", "asserted")], []),
    ("Japan promised aid to Ukraine. The aid has not fully arrived.", [], [("state:JP", "ProvideAid", UA, "negative")]),
    # ("materialise" and "come" were lost: a second ARRIVING, the troops' one, shadowed the goods' one)
    ("Japan promised aid to Sudan. The aid never materialised.",
     [("state:JP", "ProvideAid", "state:SD", "negative", "asserted")], []),
    ("Japan promised tanks to Poland but they never came.",
     [("state:JP", "ProvideMilitaryAid", "state:PL", "negative", "asserted")], []),
    ("Germany pledged tanks to Ukraine, but Poland never did.", [], [(DE, "ProvideMilitaryAid", UA, "negative")]),
    # a relative clause on what the subject is ("the only EU member that …") is the subject's act
    ("Hungary was the only EU member that did not criticize Russia.",
     [(HU, "Criticize", RU, "negative", "asserted")], [(EU, "Criticize", RU, "negative")]),
    ("Turkey remains the only NATO member that has not sanctioned Russia.",
     [("state:TR", "Sanction", RU, "negative", "asserted")], [(NATO, "Sanction", RU, "negative")]),
    ("Egypt is the last country that would fund Hamas.",
     [("state:EG", "Fund", "org:hamas", "negative", "intended")], [("state:EG", "Fund", "org:hamas", "positive")]),
    ("Ethiopia may or may not attack Eritrea.",
     [("state:ET", "Attack", "state:ER", "positive", "possible")], [("state:ET", "Attack", "state:ER", "negative")]),
    ("Not only Japan but also Canada imposed sanctions on Russia.",
     [("state:JP", "Sanction", RU, "positive", "asserted"), ("state:CA", "Sanction", RU, "positive", "asserted")], []),
    # an act asked for is the answer's: turned down, not done; accepted, to be done; received, nothing yet
    ("Germany turned down a request to send Taurus missiles to Ukraine.",
     [(DE, "ProvideMilitaryAid", UA, "negative", "asserted")], [(DE, "ProvideMilitaryAid", UA, "positive")]),
    ("India declined a request to supply ammunition to Ukraine.",
     [("state:IN", "ProvideMilitaryAid", UA, "negative", "asserted")], [("state:IN", "ProvideMilitaryAid", UA, "positive")]),
    ("Kenya received a request to send troops to Haiti.", [], [("state:KE", "ProvideMilitaryAid", "state:HT", "positive")]),
    ("There have been calls for Germany to send Taurus missiles to Ukraine.", [], [(DE, "ProvideMilitaryAid", UA, "positive")]),
    ("Kenya accepted a US request to send troops to Haiti.",
     [("state:KE", "ProvideMilitaryAid", "state:HT", "positive", "intended")], [(US, "ProvideMilitaryAid", "state:HT", "positive")]),
    ("South Korea has turned down U.S. requests to ship artillery shells to Ukraine.",
     [("state:KR", "ProvideMilitaryAid", UA, "negative", "asserted")], [(US, "ProvideMilitaryAid", UA, "negative")]),
    # opposing an act is not doing it; opposing its end says nothing of one's own
    ("Turkey opposed sanctioning Russia.", [("state:TR", "Sanction", RU, "negative", "asserted")], [("state:TR", "Sanction", RU, "positive")]),
    ("Japan objected to sanctioning China.", [("state:JP", "Sanction", "state:CN", "negative", "asserted")],
     [("state:JP", "Sanction", "state:CN", "positive"), ("state:JP", "Oppose", "state:CN", "positive")]),
    ("Saudi Arabia opposed lifting sanctions on Syria.", [],
     [("state:SA", "Sanction", "state:SY", "negative"), ("state:SA", "Sanction", "state:SY", "positive")]),
    # a phrase set against another by "not" is denied, the other kept
    ("Kenya sent troops to Somalia but not to Sudan.",
     [("state:KE", "ProvideMilitaryAid", "state:SO", "positive", "asserted"),
      ("state:KE", "ProvideMilitaryAid", "state:SD", "negative", "asserted")], [("state:KE", "ProvideMilitaryAid", "state:SD", "positive")]),
    ("Kenya sent troops to Somalia, not to Sudan.",
     [("state:KE", "ProvideMilitaryAid", "state:SO", "positive", "asserted")], [("state:KE", "ProvideMilitaryAid", "state:SO", "negative")]),
    ("Sudan was funded by the UAE, not by Egypt.",
     [("state:AE", "Fund", "state:SD", "positive", "asserted"), ("state:EG", "Fund", "state:SD", "negative", "asserted")],
     [("state:EG", "Fund", "state:SD", "positive")]),
    ("Saudi Arabia sold oil to India, but not to China.",
     [("state:SA", "Cooperate", "state:IN", "positive", "asserted")], [("state:SA", "Cooperate", "state:CN", "positive")]),
    ("Saudi Arabia sold oil to India and China.", [("state:SA", "Cooperate", "state:CN", "positive", "asserted")], []),
    # a headline's "No deal:" label denies nothing; "no question / no chance of", "no way it would" deny
    ("No deal: Egypt rejects Ethiopia's dam plan", [("state:EG", "Oppose", "init:ethiopia dam plan", "positive", "asserted")], []),
    ("There is no question of Egypt attacking Ethiopia.", [("state:EG", "Attack", "state:ET", "negative", "possible")],
     [("state:EG", "Attack", "state:ET", "positive")]),
    ("Egypt said there was no way it would attack Ethiopia.", [("state:EG", "Attack", "state:ET", "negative", "intended")],
     [("state:EG", "Attack", "state:ET", "positive")]),
    ("Kenya said there was no chance of it sending troops to Sudan.", [],
     [("state:KE", "ProvideMilitaryAid", "state:SD", "positive")]),
    # a meeting postponed is still to come; postponed indefinitely, not held; talks suspended or walked out of
    ("The summit between Japan and China was postponed.", [("state:JP", "Meet", "state:CN", "positive", "intended")], []),
    ("Talks between Egypt and Ethiopia were postponed indefinitely.", [("state:EG", "Meet", "state:ET", "negative", "asserted")],
     [("state:EG", "Meet", "state:ET", "positive")]),
    ("Greece suspended the Turkey-Greece talks.", [], [("state:GR", "Participate", "init:greece talks", "positive")]),
    ("Turkey walked out of the Turkey-Greece talks.", [], [("state:TR", "Participate", "init:greece talks", "positive")]),
    ("Burkina Faso withdrew from its tax treaty with France.", [("state:BF", "Cooperate", "state:FR", "negative", "asserted")],
     [("state:BF", "Agree", "state:FR", "positive")]),
    # an object "it" after a list of subjects is none of them
    ("Malaysia and Thailand opposed it.", [], [("state:MY", "Oppose", "state:TH", "positive")]),
    ("Japan proposed a resolution. China and Russia vetoed it.", [], [("state:CN", "Block", RU, "positive")]),
    # "the country" as a sentence's subject continues the last sentence's subject, as "it" does
    ("Japan sanctioned Russia last year. The country also sanctioned Iran.",
     [("state:JP", "Sanction", "state:IR", "positive", "asserted")], [(RU, "Sanction", "state:IR", "positive")]),
    ("Brazil criticised Israel on Monday. The South American nation also accused Washington of hypocrisy.",
     [("state:BR", "Criticize", US, "positive", "asserted")], [("state:IL", "Criticize", US, "positive")]),
    # another's request to act is its wish, not its act; a withdrawal from a bloc ends membership
    ("Egypt rejected Israel's request to attack Hamas.", [], [("state:IL", "Attack", "org:hamas", "positive")]),
    ("Israel's request to attack Hamas angered Egypt.", [("state:IL", "Attack", "org:hamas", "positive", "intended")], []),
    ("Mali's withdrawal from ECOWAS weakened the bloc.", [("state:ML", "MemberOf", "org:ecowas", "negative", "asserted")], []),
    # "the country" as an object is not the clause's own subject; with a restrictive relative clause it is someone new
    ("Egypt criticized the country that attacked Sudan.", [], [("state:EG", "Attack", "state:SD", "positive")]),
    ("Sudan attacked Chad. Egypt criticized the country.", [("state:EG", "Criticize", "state:TD", "positive", "asserted")], []),
    ("Nigeria, Niger's southern neighbour, has also cut electricity supplies to the country.",
     [("state:NG", "Sanction", "state:NE", "positive", "asserted")], []),  # (what the subject's phrase names may be it)
    # an all-capitals name read as a verb is the subject; one takes no part in a place; "the … trade bloc" is the bloc named
    ("ECOWAS imposed sanctions on Mali.", [("org:ecowas", "Sanction", "state:ML", "positive", "asserted")], []),
    ("The UN said ECOWAS imposed sanctions on Mali.", [("org:ecowas", "Sanction", "state:ML", "positive", "asserted")], []),
    ("Israel refused to withdraw its troops from Gaza.", [], [("state:IL", "Participate", "place:gaza", "positive")]),
    ("India will not join the Regional Comprehensive Economic Partnership, ruling out any rethink of the country's "
     "non-participation in the Asia-Pacific trade bloc.",
     [("state:IN", "Participate", "org:n:regional comprehensive economic partnership", "negative", "asserted")], []),
    # a name with a finite verb of its own after "and" is that verb's subject, not a second object
    ("Egypt backed Sudan and Ethiopia criticized Cairo.",
     [("state:ET", "Criticize", "state:EG", "positive", "asserted")], [("state:EG", "Support", "state:ET", "positive")]),
    ("Egypt backed Sudan and Ethiopia last year.", [("state:EG", "Support", "state:ET", "positive", "asserted")], []),
    # a debt repaid funds no one; a membership under a standing veto or with support is still to come
    ("Zambia repaid its loans to China.", [], [("state:ZM", "Fund", "state:CN", "positive")]),
    ("Turkey maintained its veto on Finland's membership of NATO.",
     [("state:FI", "MemberOf", NATO, "positive", "intended")], []),
    ("Hungary voiced support for Ukraine's membership of the EU.", [(UA, "MemberOf", EU, "positive", "intended")], []),
    # from probe 6 and 7: a request not refused is no refusal; another's act only opposed is not told;
    # what was not delivered must be what was promised, and whose
    ("Kenya did not reject a request to send troops to Haiti.", [], [("state:KE", "ProvideMilitaryAid", "state:HT", "negative")]),
    ("Kenya declined to comment on a request to send troops to Haiti.", [],
     [("state:KE", "ProvideMilitaryAid", "state:HT", "positive")]),
    ("Canada rejected Germany's request to fund the WHO.", [], [(DE, "Fund", "org:who", "positive")]),
    ("Australia objected to resuming funding for UNRWA.", [("state:AU", "Fund", "org:unrwa", "negative", "asserted")],
     [("state:AU", "Fund", "org:unrwa", "positive")]),
    ("Iran opposed the United States sending troops to Iraq.", [], [(US, "ProvideMilitaryAid", "state:IQ", "negative")]),
    ("France objected to Turkey joining the European Union.", [], [("state:FR", "MemberOf", EU, "positive")]),
    ("Ghana would be the last country to send troops to Mali.",
     [("state:GH", "ProvideMilitaryAid", "state:ML", "negative", "intended")], [("state:GH", "ProvideMilitaryAid", "state:ML", "positive")]),
    ("Germany pledged tanks to Lithuania. The tanks that Poland promised were never delivered.", [],
     [(DE, "ProvideMilitaryAid", "state:LT", "negative")]),
    ("Germany promised tanks to Lithuania, but it never delivered the spare parts.", [],
     [(DE, "ProvideMilitaryAid", "state:LT", "negative")]),
    ("Germany pledged tanks to Lithuania. Some of the tanks were never delivered.", [],
     [(DE, "ProvideMilitaryAid", "state:LT", "negative")]),
    ("Germany promised tanks to Lithuania but may not deliver them.",
     [(DE, "ProvideMilitaryAid", "state:LT", "negative", "possible")], []),
    ("Japan was expected to sanction Iran but did not.", [("state:JP", "Sanction", "state:IR", "negative", "asserted")], []),
    ("Japan backed away from plans to sanction Iran.", [("state:JP", "Sanction", "state:IR", "negative", "intended")],
     [("state:JP", "Sanction", "state:IR", "positive")]),
    ("Egypt played down the possibility of attacking Ethiopia.", [("state:EG", "Attack", "state:ET", "negative", "possible")],
     [("state:EG", "Attack", "state:ET", "positive")]),
    ("Egypt did not rule out the possibility of attacking Ethiopia.", [("state:EG", "Attack", "state:ET", "positive", "possible")],
     [("state:EG", "Attack", "state:ET", "negative")]),
    # "it" in a claim the denier rejects is the denier; "is to", "was to have" and a headline's "X to" are to come
    ("Egypt denied Ethiopia's claims that it was arming Somalia.",
     [("state:EG", "ProvideMilitaryAid", "state:SO", "negative", "asserted")], [("state:ET", "ProvideMilitaryAid", "state:SO", "negative")]),
    ("Japan was to have sanctioned Iran.", [("state:JP", "Sanction", "state:IR", "positive", "intended")], []),
    ("Under the deal, Saudi Arabia is to invest 5 billion dollars in Egypt.", [("state:SA", "Fund", "state:EG", "positive", "intended")], []),
    ("Saudi Arabia to join BRICS, minister says", [("state:SA", "MemberOf", "org:brics", "positive", "intended")], []),
    ("Kenya floated sending troops to Congo.", [("state:KE", "ProvideMilitaryAid", "state:CD", "positive", "possible")], []),
    # a subject pronoun after a clause put before it is that clause's subject, not its object
    ("Although Egypt criticized Israel, it sent aid to Gaza.",
     [("state:EG", "ProvideAid", "place:gaza", "positive", "asserted")], [("state:IL", "ProvideAid", "place:gaza", "positive")]),
    ("When Venezuela threatened Guyana, it was condemned by Brazil.",
     [("state:BR", "Criticize", "state:VE", "positive", "asserted")], [("state:BR", "Criticize", "state:GY", "positive")]),
    ("After Ethiopia signed a deal with Somaliland, it was criticized by Somalia.",
     [("state:SO", "Criticize", "state:ET", "positive", "asserted")], []),
    ("After Kenyan President William Ruto met Ugandan President Yoweri Museveni, he said Kenya would send troops to Somalia.",
     [("state:KE", "ProvideMilitaryAid", "state:SO", "positive", "intended")], []),
    # a cut by or to a measure is less of it, not none (a bare "cut its aid" is a halt)
    ("Japan cut its aid to Cambodia by half.", [("state:JP", "ProvideAid", "state:KH", "positive", "asserted")],
     [("state:JP", "ProvideAid", "state:KH", "negative")]),
    ("Saudi Arabia cut funding for the Lebanese army by 30 percent.", [("state:SA", "Fund", "state:LB", "positive", "asserted")],
     [("state:SA", "Fund", "state:LB", "negative")]),
    ("Japan slashed its aid to Cambodia to $5 million.", [("state:JP", "ProvideAid", "state:KH", "positive", "asserted")],
     [("state:JP", "ProvideAid", "state:KH", "negative")]),
    ("Japan cut its aid to Cambodia.", [("state:JP", "ProvideAid", "state:KH", "negative", "asserted")], []),
    # "hardly any" on the trigger noun itself
    ("Tunisia has hardly any cooperation with the IMF.", [("state:TN", "Cooperate", "org:imf", "negative", "asserted")],
     [("state:TN", "Cooperate", "org:imf", "positive")]),
    ("Japan gave hardly any aid to Sudan.", [("state:JP", "ProvideAid", "state:SD", "negative", "asserted")],
     [("state:JP", "ProvideAid", "state:SD", "positive")]),
    # "join / follow X in doing": the act is under the negation of joining
    ("Egypt will not join Saudi Arabia in sanctioning Qatar.", [("state:EG", "Sanction", "state:QA", "negative", "intended")],
     [("state:EG", "Sanction", "state:QA", "positive")]),
    ("Egypt did not follow Saudi Arabia in sanctioning Qatar.", [("state:EG", "Sanction", "state:QA", "negative", "asserted")],
     [("state:EG", "Sanction", "state:QA", "positive")]),
    ("Egypt joined Saudi Arabia in sanctioning Qatar.", [("state:EG", "Sanction", "state:QA", "positive", "asserted")], []),
    # "join X in doing": working with X, not membership of X
    ("Turkey refused to join the European Union in sanctioning Iran.",
     [("state:TR", "Sanction", "state:IR", "negative", "asserted")], [("state:TR", "MemberOf", EU, "negative")]),
    ("Finland joined NATO in 2023.", [("state:FI", "MemberOf", NATO, "positive", "asserted")], []),
    # "Niger's junta" as a sentence's subject is what a later "it" goes on from
    ("Niger's junta expelled the French ambassador. It later signed a defence pact with Russia.",
     [("state:NE", "Cooperate", RU, "positive", "asserted")], [("state:FR", "Cooperate", RU, "positive")]),
    # "a charge X denies" parsed with the accusation as what X denies: the accusation stands
    ("Congo accused Rwanda of backing M23, a charge Kigali denies.",
     [("state:CD", "Criticize", "state:RW", "positive", "asserted")], [("state:CD", "Criticize", "state:RW", "negative")]),
    # nobody's belief says nothing; nobody's doubt is no doubt
    ("Nobody believes that Venezuela will invade Guyana.", [], [("state:VE", "Attack", "state:GY", "positive")]),
    ("No one thinks that Mexico will sanction Venezuela.", [], [("state:MX", "Sanction", "state:VE", "positive")]),
    ("Few analysts believe that Japan will sanction Iran.", [], [("state:JP", "Sanction", "state:IR", "positive")]),
    ("Nobody doubts that Qatar funds Hamas.", [("state:QA", "Fund", "org:hamas", "positive", "asserted")],
     [("state:QA", "Fund", "org:hamas", "negative")]),
    ("Few doubt that Iran arms the Houthis.", [("state:IR", "ProvideMilitaryAid", "org:houthis", "positive", "asserted")],
     [("state:IR", "ProvideMilitaryAid", "org:houthis", "negative")]),
    ("No one doubts that Iran arms the Houthis.", [("state:IR", "ProvideMilitaryAid", "org:houthis", "positive", "asserted")],
     [("state:IR", "ProvideMilitaryAid", "org:houthis", "negative")]),
    ("Analysts doubt that Iran arms the Houthis.", [("state:IR", "ProvideMilitaryAid", "org:houthis", "negative", "possible")], []),
    # what was never admitted, or only alleged, is not told as done
    ("Rwanda has never admitted to supporting M23.", [], [("state:RW", "Support", "org:m23", "positive")]),
    ("Rwanda did not respond to accusations that it supports M23.", [], [("state:RW", "Support", "org:m23", "positive")]),
    ("Rwanda rejected accusations that it supports M23.", [("state:RW", "Support", "org:m23", "negative", "asserted")], []),
    ("Rwanda admitted to supporting M23.", [("state:RW", "Support", "org:m23", "positive", "asserted")], []),
    # a subject set aside by "not" between commas
    ("Chile, but not Peru, sent aid to Ecuador.", [], [("state:PE", "ProvideAid", "state:EC", "positive")]),
    ("The Gulf states, not Iran, fund the Yemeni government.", [], [("state:IR", "Fund", "state:YE", "positive")]),
    ("Chile sent aid not to Bolivia but to Ecuador.", [("state:CL", "ProvideAid", "state:BO", "negative", "asserted")],
     [("state:CL", "ProvideAid", "state:BO", "positive")]),
    # the receiver of funding gives nothing back ("for its railway" made Kenya China's funder)
    ("Kenya received funding from China for its railway.", [("state:CN", "Fund", "state:KE", "positive", "asserted")],
     [("state:KE", "Fund", "state:CN", "positive")]),
    ("Kenya received military aid from China for its army.",
     [("state:CN", "ProvideMilitaryAid", "state:KE", "positive", "asserted")], [("state:KE", "ProvideMilitaryAid", "state:CN", "positive")]),
    # a description that names a region is a state of that region ("the Gulf state" is not Israel)
    ("Qatar denied funding Hamas in Gaza. Israel said the Gulf state had sent money to the group.",
     [("state:QA", "Fund", "org:hamas", "positive", "asserted")], [("state:IL", "Fund", "org:hamas", "positive")]),
    ("Nigeria met Ghana and Japan. Japan said the West African country would send troops to Mali.",
     [("state:GH", "ProvideMilitaryAid", "state:ML", "positive", "intended")], [("state:JP", "ProvideMilitaryAid", "state:ML", "positive")]),
    # an envoy not expelled or recalled makes no tie
    ("Montenegro did not expel Russian diplomats.", [], [("state:ME", "Cooperate", RU, "positive")]),
    ("Montenegro refused to recall its ambassador to Russia.", [], [("state:ME", "Cooperate", RU, "positive")]),
    ("Montenegro expelled Russian diplomats.", [("state:ME", "Cooperate", RU, "negative", "asserted")], []),
    ("Pakistan ruled out talks with the Taliban.", [("state:PK", "Meet", "org:taliban", "negative", "intended")], []),
    # from probe 10, against this round's own rules: a cut by half not made is aid all the same; a
    # cut to zero is a halt; what "never came" must be what was promised
    ("Washington did not cut its aid to Egypt by half.", [("state:US", "ProvideAid", "state:EG", "positive", "asserted")],
     [("state:US", "ProvideAid", "state:EG", "negative")]),
    ("Japan cut its aid to Rwanda to zero.", [("state:JP", "ProvideAid", "state:RW", "negative", "asserted")], []),
    ("Japan cut its aid to Rwanda by $100 million.", [("state:JP", "ProvideAid", "state:RW", "positive", "asserted")],
     [("state:JP", "ProvideAid", "state:RW", "negative")]),
    ("Qatar promised aid to Gaza, but peace never came.", [], [("state:QA", "ProvideAid", "place:gaza", "negative")]),
    ("Qatar promised aid to Gaza, but Egypt's aid never arrived.", [], [("state:QA", "ProvideAid", "place:gaza", "negative")]),
    ("Qatar promised aid to Gaza, but the aid never arrived.",
     [("state:QA", "ProvideAid", "place:gaza", "negative", "asserted")], []),
    ("Few deny that Iran funds the Houthis.", [("state:IR", "Fund", "org:houthis", "positive", "asserted")],
     [("state:IR", "Fund", "org:houthis", "negative")]),
    ("Egypt was not involved in attacking Sudan.", [("state:EG", "Attack", "state:SD", "negative", "asserted")],
     [("state:EG", "Attack", "state:SD", "positive")]),
    ("Chile and not Peru criticized Bolivia.", [("state:CL", "Criticize", "state:BO", "positive", "asserted")],
     [("state:PE", "Criticize", "state:BO", "positive")]),
    ("Chile sent aid to Ecuador and not Bolivia.", [], [("state:CL", "ProvideAid", "state:BO", "positive")]),
    ("Japan gave almost no aid to Sudan.", [("state:JP", "ProvideAid", "state:SD", "negative", "asserted")],
     [("state:JP", "ProvideAid", "state:SD", "positive")]),
    ("Chile did not send aid to Bolivia but to Ecuador.", [("state:CL", "ProvideAid", "state:EC", "positive", "asserted"),
                                                          ("state:CL", "ProvideAid", "state:BO", "negative", "asserted")],
     [("state:CL", "ProvideAid", "state:EC", "negative")]),
    ("Chile did not send aid to Bolivia or to Ecuador.", [("state:CL", "ProvideAid", "state:EC", "negative", "asserted")], []),
    ("Nobody expects China to invade Taiwan.", [], [("state:CN", "Attack", "state:TW", "positive")]),
    ("Hardly anyone believes that Russia will attack Finland.", [], [(RU, "Attack", "state:FI", "positive")]),
    ("Analysts expect China to invade Taiwan.", [("state:CN", "Attack", "state:TW", "positive", "intended")], []),
    ("Niger's junta expelled French troops and it asked Russia for weapons.",
     [("state:NE", "Request", RU, "positive", "asserted")], [("state:FR", "Request", RU, "positive")]),
    ("The junta in Niger expelled French troops. It asked Russia for weapons.",
     [("state:NE", "Request", RU, "positive", "asserted")], [("state:FR", "Request", RU, "positive")]),
    ("Many doubt that Iran funds the Houthis.", [], [("state:IR", "Fund", "org:houthis", "positive")]),
    ("There are doubts that Iran funds the Houthis.", [], [("state:IR", "Fund", "org:houthis", "positive")]),
    ("There is no doubt that Iran funds the Houthis.", [("state:IR", "Fund", "org:houthis", "positive", "asserted")], []),
    # from probe 11 (whole wire stories): a phrase through another preposition is no withdrawal from it
    ("Israel and Hezbollah agreed a ceasefire deal. Under the agreement, Israeli forces will withdraw from southern Lebanon.",
     [], [("state:IL", "Agree", "init:ceasefire deal", "negative")]),
    ("Burkina Faso withdrew from its tax treaty with France.", [("state:BF", "Cooperate", "state:FR", "negative", "asserted")], []),
    ("A deal persuaded President Donald Trump to hold off on the tariffs he had imposed on Mexican goods.",
     [("person:donald trump", "Sanction", "state:MX", "negative", "asserted")],
     [("person:donald trump", "Sanction", "state:MX", "positive")]),
    # a gift announced is a gift to come, as a pledged one is
    ("Japan announced $50 million in aid for Sudan.", [("state:JP", "ProvideAid", "state:SD", "positive", "intended")], []),
    ("Saudi Arabia announced 300 million euros for Syria.", [("state:SA", "Fund", "state:SY", "positive", "intended")], []),
    ("Japan announced that it would sanction Iran.", [("state:JP", "Sanction", "state:IR", "positive", "intended")], []),
    # support pledged or announced with no kind of gift named is backing, no aid
    ("Warren and Obama announced their own support for Biden.", [],
     [("person:obama", "ProvideAid", "person:biden", "positive"), ("person:obama", "ProvideAid", "place:biden", "positive")]),
    ("Japan pledged humanitarian support for Sudan.", [("state:JP", "ProvideAid", "state:SD", "positive", "intended")], []),
    # paying another's debts funds the debtor, not the creditor
    ("Saudi Arabia said it would pay off Syria's debts to the World Bank.",
     [("state:SA", "Fund", "state:SY", "positive", "intended")], [("state:SA", "Fund", "org:world-bank", "positive")]),
    ("Qatar will pay Syria's arrears to the World Bank.",
     [("state:QA", "Fund", "state:SY", "positive", "intended")], [("state:QA", "Fund", "org:world-bank", "positive")]),
    ("Hungary paid its dues to NATO.", [(HU, "Fund", NATO, "positive", "asserted")], []),
    # from probe 11's misses: money given to help a state rebuild, through a purpose verb's purpose
    ("Qatar pledged $500 million to help rebuild Syria's power grid.", [("state:QA", "Fund", "state:SY", "positive", "intended")], []),
    ("Qatar pledged $500 million to help Syria rebuild its power grid.", [("state:QA", "Fund", "state:SY", "positive", "intended")], []),
    # strikes "in" a state are not read as on it (they are as often on a group there, or with its
    # consent); one aimed at a group named is on that group
    ("The United States carried out strikes in Syria against Islamic State.",
     [("state:US", "Attack", "org:islamic-state", "positive", "asserted")], [("state:US", "Attack", "state:SY", "positive")]),
    ("Israel waged war against Hamas in Gaza.", [("state:IL", "Attack", "org:hamas", "positive", "asserted")], []),
    ("Chinese coast guard vessels rammed a Philippine supply boat.", [("state:CN", "Attack", "state:PH", "positive", "asserted")], []),
    # counter-measures are of the kind they counter
    ("Canada imposed counter-tariffs on U.S. goods.", [("state:CA", "Sanction", "state:US", "positive", "asserted")], []),
    ("Ukraine launched a counteroffensive against Russia.", [("state:UA", "Attack", RU, "positive", "asserted")], []),
    # a sum named with the goods sold says how much, not what
    ("The US approved the sale of $385 million in weapons to Taiwan.",
     [("state:US", "ProvideMilitaryAid", "state:TW", "positive", "asserted")], [("state:US", "Fund", "state:TW", "positive")]),
    ("The US approved a $385 million arms sale to Taiwan.",
     [("state:US", "ProvideMilitaryAid", "state:TW", "positive", "asserted")], [("state:US", "Fund", "state:TW", "positive")]),
    ("Germany set aside 300 million euros for Syria.", [("state:DE", "Fund", "state:SY", "positive", "asserted")], []),
    ("The EU approved the disbursement of 1 billion euros to Egypt.", [(EU, "Fund", "state:EG", "positive", "asserted")], []),
    # a state admitted to an organisation is its member (a state that admits something confesses)
    ("Timor-Leste was admitted as ASEAN's 11th member.", [("state:TL", "MemberOf", "org:asean", "positive", "asserted")], []),
    ("ASEAN has not yet admitted Timor-Leste.", [("state:TL", "MemberOf", "org:asean", "negative", "asserted")],
     [("state:TL", "MemberOf", "org:asean", "positive")]),
    ("ASEAN is expected to admit Timor-Leste next year.", [("state:TL", "MemberOf", "org:asean", "positive", "intended")], []),
    # a memorandum of understanding with a state is signed with it
    ("Ethiopia signed a memorandum of understanding with Somalia.",
     [("state:ET", "Agree", "init:memorandum with somalia", "positive", "asserted")], []),
    # the junta is that of the state where power was seized, not of the state named last
    ("Soldiers seized power in Niger in July. Nigerian President Bola Tinubu said the bloc would not accept the coup. "
     "The junta, led by General Abdourahamane Tiani, rejected the ultimatum.",
     [("person:abdourahamane tiani", "LeaderOf", "state:NE", "positive", "asserted")],
     [("person:abdourahamane tiani", "LeaderOf", "state:NG", "positive")]),
    ("The coup in Gabon surprised France. Nigerian President Bola Tinubu condemned it. The junta asked Russia for weapons.",
     [("state:GA", "Request", RU, "positive", "asserted")], [("state:NG", "Request", RU, "positive")]),
    ("Mali's coup worried Senegal. The junta asked Russia for weapons.",
     [("state:ML", "Request", RU, "positive", "asserted")], [("state:SN", "Request", RU, "positive")]),
    # "its" in an apposition is not what the apposition describes, nor one of its conjuncts
    ("Sri Lanka defaulted on its debt in 2022. China, its largest creditor, agreed to restructure the loans.",
     [("state:CN", "Fund", "state:LK", "positive", "asserted")], []),
    ("Sri Lanka defaulted on its debt in 2022. China and India, its two largest creditors, agreed to restructure the loans.",
     [("state:CN", "Fund", "state:LK", "positive", "asserted"), ("state:IN", "Fund", "state:LK", "positive", "asserted")],
     [("state:CN", "Fund", "state:IN", "positive")]),
    ("Ukraine needs weapons. The United States and Germany, its largest backers, sent more tanks.",
     [(US, "Support", UA, "positive", "asserted"), (DE, "Support", UA, "positive", "asserted")], [(US, "Support", DE, "positive")]),
    # put on a blacklist is sanctioned, taken off it no longer (a list of partners is no blacklist)
    ("China added 12 U.S. companies to an export control list.", [("state:CN", "Sanction", US, "positive", "asserted")], []),
    ("The United States removed Cuba from its list of state sponsors of terrorism.",
     [(US, "Sanction", "state:CU", "negative", "asserted")], [(US, "Sanction", "state:CU", "positive")]),
    ("The US has not removed Cuba from its terrorism list.", [(US, "Sanction", "state:CU", "positive", "asserted")],
     [(US, "Sanction", "state:CU", "negative")]),
    ("The FATF took Pakistan off its grey list.", [("org:fatf", "Sanction", "state:PK", "negative", "asserted")], []),
    ("Japan added Russia to its list of partners.", [], [("state:JP", "Sanction", RU, "positive")]),
    # one's own hostile measure put off or stopped is not taken, and is no block of anything
    ("The EU postponed its retaliatory tariffs on U.S. goods.", [(EU, "Sanction", US, "negative", "asserted")],
     [(EU, "Sanction", US, "positive"), (EU, "Block", "init:european union retaliatory tariffs", "positive")]),
    ("The US delayed its sanctions on Niger.", [(US, "Sanction", "state:NE", "negative", "asserted")],
     [(US, "Sanction", "state:NE", "positive"), (US, "Block", "init:united states sanctions on niger", "positive")]),
    ("The US halted its sanctions on Niger.", [(US, "Sanction", "state:NE", "negative", "asserted")],
     [(US, "Block", "init:united states sanctions on niger", "positive")]),
    ("Hungary delayed EU sanctions on Russia.", [(HU, "Block", "init:european union sanctions on russia", "positive", "asserted")], []),
    # (a person's apposition is no actor's: "its" there is the last body named)
    ("The Treasury Department froze the assets of Osman Mohamed Hamid, the RSF's head of operations, and Ali "
     "Yagoub Gibril, its commander in Central Darfur.", [], [("person:ali yagoub gibril", "OfficialOf", "org:n:treasury department", "positive")]),
    ("Thailand recognised the ruling. Paetongtarn said the kingdom had to weigh ties with China, its largest trading partner.",
     [("state:CN", "Cooperate", "state:TH", "positive", "asserted")], []),
    # from probe 12: conjoined subjects are not each other's partners when another partner or
    # thing is named, or what they agree to do is for another
    ("China, Pakistan and Uzbekistan have accepted Taliban-appointed ambassadors.", [],
     [("state:CN", "Agree", "state:PK", "positive"), ("state:PK", "Agree", "state:UZ", "positive")]),
    ("Mali, Burkina Faso and Niger quit ECOWAS. The three countries said they would no longer cooperate with Western militaries.",
     [], [("state:ML", "Cooperate", "state:NE", "negative"), ("state:BF", "Cooperate", "state:ML", "negative")]),
    ("Saudi Arabia, the United Arab Emirates and China have agreed to roll over billions of dollars in deposits.", [],
     [("state:SA", "Agree", "state:AE", "positive"), ("state:CN", "Agree", "state:SA", "positive")]),
    ("Saudi Arabia and China agreed to lend money to Pakistan.", [("state:SA", "Fund", "state:PK", "positive", "intended")],
     [("state:SA", "Agree", "state:CN", "positive")]),
    ("Armenia and Azerbaijan agreed to halt the fighting.", [("state:AM", "Agree", "state:AZ", "positive", "asserted"),
                                                           ("state:AZ", "Agree", "state:AM", "positive", "asserted")], []),
    ("France and Germany will cooperate closely.", [("state:FR", "Cooperate", DE, "positive", "intended")], []),
    # from probe 13: a sum or grant approved is given, as "provided" would say; a transfer of arms arms
    ("Washington approved $8 billion in military aid to Israel.", [(US, "ProvideMilitaryAid", "state:IL", "positive", "asserted")],
     [(US, "Agree", "state:IL", "positive")]),
    ("Tokyo approved a 2 billion yen grant to Laos.", [("state:JP", "Fund", "state:LA", "positive", "asserted")],
     [("state:JP", "Agree", "state:LA", "positive")]),
    ("The United States approved the transfer of F-35 jets to Saudi Arabia.",
     [(US, "ProvideMilitaryAid", "state:SA", "positive", "asserted")], [(US, "Agree", "state:SA", "positive")]),
    # the aid of a package is the package owner's; aid blocked by another is neither given nor refused
    ("Hungary approved the EU aid package for Ukraine.", [(EU, "ProvideAid", UA, "positive", "asserted")],
     [(HU, "ProvideAid", UA, "positive")]),
    ("Hungary blocked EU aid for Ukraine.", [], [(EU, "ProvideAid", UA, "positive"), (HU, "ProvideAid", UA, "positive")]),
    ("Hungary agreed not to veto deeper EU military aid to Ukraine.", [(EU, "ProvideMilitaryAid", UA, "positive", "asserted")], []),
    ("The US halted military aid to Ukraine.", [(US, "ProvideMilitaryAid", UA, "negative", "asserted")], []),
    # a past-tense verb the parser read as an adjective ("The US froze aid" as one noun phrase)
    ("The US froze aid to Egypt.", [(US, "ProvideAid", "state:EG", "negative", "asserted")], [(US, "ProvideAid", "state:EG", "positive")]),
    # contrasted objects: what was not sent and what was sent instead
    ("Egypt did not send food but weapons to Sudan.", [("state:EG", "ProvideMilitaryAid", "state:SD", "positive", "asserted")],
     [("state:EG", "ProvideMilitaryAid", "state:SD", "negative")]),
    ("Chile sent aid, not weapons, to Haiti.", [("state:CL", "ProvideAid", "state:HT", "positive", "asserted"),
                                               ("state:CL", "ProvideMilitaryAid", "state:HT", "negative", "asserted")],
     [("state:CL", "ProvideAid", "state:HT", "negative")]),
    ("Germany did not send tanks or money to Ukraine.", [(DE, "Fund", UA, "negative", "asserted")], [(DE, "Fund", UA, "positive")]),
    # an invitation not yet accepted is no membership to come
    ("Saudi Arabia has yet to accept the invitation to join BRICS.", [], [("state:SA", "MemberOf", "org:brics", "positive")]),
    # a boycott ended: it takes part again
    ("France ended its boycott of the talks with Iran.", [("state:FR", "Meet", "state:IR", "positive", "asserted")],
     [("state:FR", "Meet", "state:IR", "negative")]),
    # "not all" of a body's members: the body neither backs nor rejects it
    ("Not all EU members back sanctions on Israel.", [], [(EU, "Support", "init:sanctions on israel", "positive"),
                                                       (EU, "Support", "init:sanctions on israel", "negative")]),
    # from probe 12's misses: the reconstruction of a state is paid for it; a lender's dative read into
    # the money's phrase; a mission named after its kind; a refused "rule out" keeps it possible
    ("Japan refused to fund the reconstruction of Syria.", [("state:JP", "Fund", "state:SY", "negative", "asserted")], []),
    ("Germany funded the purchase of Russian gas.", [], [(DE, "Fund", RU, "positive")]),
    ("The IMF will lend Pakistan 7 billion dollars.", [("org:imf", "Fund", "state:PK", "positive", "intended")], []),
    ("The IMF agreed to lend Pakistan money.", [("org:imf", "Fund", "state:PK", "positive", "intended")], []),
    ("Spain declined to take part in the EU naval mission Aspides.",
     [("state:ES", "Participate", "init:european union naval mission", "negative", "asserted")], []),
    ("The United States refused to rule out using military force against Panama.",
     [(US, "Attack", "state:PA", "positive", "possible")], [(US, "Attack", "state:PA", "negative")]),
    ("Australia declined to rule out sanctions on China.", [("state:AU", "Sanction", "state:CN", "positive", "possible")], []),
    ("The EU imposed restrictive measures on Kosovo last year.", [(EU, "Sanction", "state:XK", "positive", "asserted")], []),
    ("The EU imposed measures to protect its steel industry.", [], [(EU, "Sanction", "init:steel industry", "positive")]),
    ("Armenia and Azerbaijan initialled a peace agreement on Friday.",
     [("state:AM", "Agree", "init:peace agreement", "positive", "asserted"), ("state:AM", "Agree", "state:AZ", "positive", "asserted")], []),
    # a participle's act with its agent is done, whatever befell its noun since
    ("The treaty text, initialled by Azerbaijani minister Jeyhun Bayramov and Armenian minister Ararat Mirzoyan, has not been signed.",
     [("person:jeyhun bayramov", "Agree", "init:treaty text", "positive", "asserted")],
     [("person:jeyhun bayramov", "Agree", "init:treaty text", "negative")]),
    # from probe 13: a state's or body's organs and arms act for it
    ("China's coast guard rammed a Philippine vessel.", [("state:CN", "Attack", "state:PH", "positive", "asserted")], []),
    ("Pakistan's air force bombed Afghanistan.", [("state:PK", "Attack", "state:AF", "positive", "asserted")], []),
    ("The Indian air force struck camps in Pakistan.", [("state:IN", "Attack", "state:PK", "positive", "asserted")], []),
    ("US bombers hit Houthi depots.", [(US, "Attack", "org:houthis", "positive", "asserted")], []),
    ("The IMF's executive board approved a $1 billion loan for Egypt.", [("org:imf", "Fund", "state:EG", "positive", "asserted")], []),
    ("Croatia joined the Eurozone in 2023.", [("state:HR", "MemberOf", "org:eurozone", "positive", "asserted")], []),
    # from probe 13's misses: triggers and kinds of arms
    ("Iran launched missiles at Israel.", [("state:IR", "Attack", "state:IL", "positive", "asserted")], []),
    ("Iran launched a barrage of ballistic missiles at Israel.", [("state:IR", "Attack", "state:IL", "positive", "asserted")], []),
    ("Israel launched a probe into the attack.", [], [("state:IL", "Attack", "init:attack", "positive")]),
    ("Israel assassinated Hamas leader Ismail Haniyeh in Tehran.", [("state:IL", "Attack", "person:ismail haniyeh", "positive", "asserted")], []),
    ("Italy delivered two frigates to Egypt.", [("state:IT", "ProvideMilitaryAid", "state:EG", "positive", "asserted")], []),
    ("Britain supplied bombs to Saudi Arabia.", [("state:GB", "ProvideMilitaryAid", "state:SA", "positive", "asserted")], []),
    ("Spain resumed arms exports to Israel.", [("state:ES", "ProvideMilitaryAid", "state:IL", "positive", "asserted")], []),
    ("Chinese exports to the EU fell.", [], [("state:CN", "ProvideAid", EU, "positive")]),
    ("Germany loaned Syria 5 billion euros.", [(DE, "Fund", "state:SY", "positive", "asserted")], []),
    ("Britain acceded to the EU.", [("state:GB", "MemberOf", EU, "positive", "asserted")], []),
    ("Iran exited the nuclear deal.", [("state:IR", "Participate", "init:nuclear deal", "negative", "asserted")], []),
    # aid withheld "from" someone, and a sum "in" aid, are the aid's
    ("Washington withheld $300 million in military aid from Egypt.",
     [(US, "ProvideMilitaryAid", "state:EG", "negative", "asserted")], [(US, "ProvideMilitaryAid", "state:EG", "positive")]),
    ("Germany withheld aid from Syria.", [(DE, "ProvideAid", "state:SY", "negative", "asserted")], []),
    ("The United States froze $2 billion in aid to Egypt.", [(US, "ProvideAid", "state:EG", "negative", "asserted")],
     [(US, "ProvideAid", "state:EG", "positive")]),
    # branded a terrorist or undesirable body, or its assets frozen: sanctioned; a debt forgiven funds the debtor
    ("Washington designated the Houthis a terrorist organisation.", [(US, "Sanction", "org:houthis", "positive", "asserted")], []),
    ("Russia designated Amnesty International an undesirable organisation.",
     [(RU, "Sanction", "org:amnesty-international", "positive", "asserted")], []),
    ("The UN declared Gaza a disaster zone.", [], [("org:united-nations", "Sanction", "place:gaza", "positive")]),
    ("The EU imposed an asset freeze on the Wagner Group.", [(EU, "Sanction", "org:wagner-group", "positive", "asserted")], []),
    ("Brazil forgave $900 million of Mozambique's debt.", [("state:BR", "Fund", "state:MZ", "positive", "asserted")], []),
    ("France has not forgiven Haiti's debt.", [("state:FR", "Fund", "state:HT", "negative", "asserted")], []),
    ("Russia cancelled the talks with Japan.", [], [(RU, "Fund", "state:JP", "positive")]),
    # from probe 12: a mission authorised to fight is the one that would fight; a stance on a blockade
    # of a state's goods is none on that state
    ("The U.N. Security Council authorised a new African Union mission in Somalia to fight al-Shabaab militants.", [],
     [("org:un-security-council", "Attack", "org:al-shabaab", "positive")]),
    ("Turkey said it opposed any blockade of Libyan oil.", [], [("state:TR", "Oppose", "state:LY", "positive")]),
    ("Turkey opposed the invasion of Ukraine.", [("state:TR", "Oppose", "init:invasion of ukraine", "positive", "asserted")], []),
    # a threat is conditional by nature, and made; its target is the one the condition is put to
    ("The EU threatened sanctions unless Iran returned to talks.", [(EU, "Threaten", "state:IR", "positive", "asserted")], []),
    ("The EU did not threaten sanctions unless Iran returned to talks.", [(EU, "Threaten", "state:IR", "negative", "asserted")],
     [(EU, "Threaten", "state:IR", "positive")]),
    ("The United States threatened Iran with bombing if diplomacy fails.", [(US, "Threaten", "state:IR", "positive", "asserted")], []),
    # from probe 14, attacking this round's rules: the flips and the over-firing it found
    ("Canada postponed its counter-tariffs on US steel.", [("state:CA", "Sanction", US, "negative", "asserted")],
     [("state:CA", "Sanction", US, "positive")]),
    ("The EU delayed its countermeasures against the US.", [], [(EU, "Threaten", US, "positive")]),
    ("The US sent aid rather than weapons to Sudan.", [(US, "ProvideMilitaryAid", "state:SD", "negative", "asserted")],
     [(US, "ProvideMilitaryAid", "state:SD", "positive"), (US, "ProvideAid", "state:SD", "negative")]),
    ("Turkey did not send troops but drones to Azerbaijan.", [("state:TR", "ProvideMilitaryAid", "state:AZ", "positive", "asserted")],
     [("state:TR", "ProvideMilitaryAid", "state:AZ", "negative")]),
    ("China sent not weapons but medical supplies to Myanmar.", [("state:CN", "ProvideAid", "state:MM", "positive", "asserted")],
     [("state:CN", "ProvideAid", "state:MM", "negative"), ("state:CN", "ProvideMilitaryAid", "state:MM", "positive")]),
    ("China sent not aid but loans to Laos.", [("state:CN", "Fund", "state:LA", "positive", "asserted")],
     [("state:CN", "ProvideAid", "state:LA", "positive")]),
    ("Serbia refused to end its boycott of talks with Kosovo.", [], [("state:RS", "Meet", "state:XK", "positive")]),
    ("Serbia did not end its boycott of talks with Kosovo.", [], [("state:RS", "Meet", "state:XK", "positive")]),
    ("The treaty, initialled by Armenia and Azerbaijan, has not been signed.",
     [("state:AM", "Agree", "state:AZ", "positive", "asserted")], [("state:AM", "Agree", "state:AZ", "negative")]),
    ("The accord, welcomed by Brazil and India, was initialled.", [], [("state:BR", "Agree", "state:IN", "positive")]),
    ("The deal, criticised by Russia and China, was signed.", [], [(RU, "Cooperate", "state:CN", "positive")]),
    ("The sanctions imposed by the US on Iran were lifted.", [(US, "Sanction", "state:IR", "negative", "asserted")],
     [(US, "Sanction", "state:IR", "positive")]),
    ("The US froze aid to Egypt, but Congress restored it.", [(US, "ProvideAid", "state:EG", "negative", "asserted")],
     [(US, "ProvideAid", "state:EG", "positive")]),
    ("China waged a trade war against the United States.", [], [("state:CN", "Attack", US, "positive")]),
    ("Ukraine launched a diplomatic counteroffensive against Russia.", [], [(UA, "Attack", RU, "positive")]),
    ("Britain struck Libya off its sanctions list.", [("state:GB", "Sanction", "state:LY", "negative", "asserted")],
     [("state:GB", "Attack", "state:LY", "positive")]),
    ("The WHO admitted Taiwan as an observer.", [], [("state:TW", "MemberOf", "org:who", "positive")]),
    ("Timor-Leste was admitted as a member of ASEAN.", [("state:TL", "MemberOf", "org:asean", "positive", "asserted")], []),
    ("Qatar pledged $50 million to help Syrian refugees in Lebanon rebuild their lives.", [], [("state:QA", "Fund", "state:SY", "positive")]),
    ("The transfer of jets from Norway to Argentina was approved by Britain.",
     [("state:NO", "ProvideMilitaryAid", "state:AR", "positive", "asserted")], [("state:GB", "ProvideMilitaryAid", "state:AR", "positive")]),
    ("Japan and South Korea agreed to share intelligence with the US.", [], [("state:JP", "Agree", "state:KR", "positive")]),
    ("Qatar and Egypt agreed to mediate between Israel and Hamas.", [], [("state:QA", "Agree", "state:EG", "positive")]),
    # from probe 15: the purpose of an act not done is not pursued (a flip); a government's coalition
    # is no bloc; receiving a thing pairs no receivers
    ("Kazakhstan will not cut its oil production to comply with its OPEC+ quota.",
     [("state:KZ", "Commit", "init:kazakhstan opec quota", "negative", "intended")], [("state:KZ", "Commit", "init:kazakhstan opec quota", "positive")]),
    ("Germany did not send troops to Mali to fight jihadists.", [(DE, "ProvideMilitaryAid", "state:ML", "negative", "asserted")], []),
    ("The EU welcomed the vote. The NSC struck a coalition deal with the VVD.", [], [(EU, "Cooperate", "org:n:vvd", "positive")]),
    ("Nigeria and Uganda have yet to receive any doses.", [], [("state:NG", "Meet", "state:UG", "negative")]),
    # from probe 15's misses: lending suspended, a suspension lifted, embassy staff expelled, trade measures
    ("The IMF suspended its lending to Senegal.", [("org:imf", "Fund", "state:SN", "negative", "asserted")], []),
    ("The African Union lifted Gabon's suspension, restoring the country's membership.",
     [("state:GA", "MemberOf", "org:african-union", "positive", "asserted")], []),
    ("The African Union did not lift Gabon's suspension.", [("state:GA", "MemberOf", "org:african-union", "negative", "asserted")],
     [("state:GA", "MemberOf", "org:african-union", "positive")]),
    ("Algeria expelled French embassy staff last month.", [("state:DZ", "Cooperate", "state:FR", "negative", "asserted")], []),
    ("The EU could impose trade measures on Norway.", [(EU, "Sanction", "state:NO", "positive", "possible")], []),
    # an event described after a comma is no other partner of those who met
    ("The presidents of Congo and Rwanda met in Doha at talks hosted by Qatar's emir, their first face-to-face encounter since the war.",
     [("state:CD", "Meet", "state:RW", "positive", "asserted")], []),
    # from probe 16 (a second attack on this round's rules): each flip it found
    ("Mexico sent aid, not troops, to Cuba.", [("state:MX", "ProvideMilitaryAid", "state:CU", "negative", "asserted")],
     [("state:MX", "ProvideMilitaryAid", "state:CU", "positive")]),
    ("Turkey did not sell drones to Ethiopia but to Kenya.", [("state:TR", "ProvideMilitaryAid", "state:KE", "positive", "asserted")],
     [("state:TR", "ProvideMilitaryAid", "state:KE", "negative")]),
    ("Iran did not send drones to Russia to help it attack Kyiv.", [], [(RU, "Attack", UA, "negative")]),
    ("Ethiopia refused to end talks with Egypt.", [("state:ET", "Meet", "state:EG", "positive", "asserted")],
     [("state:ET", "Meet", "state:EG", "negative")]),
    ("Brazil delayed imposing tariffs on Argentina.", [("state:BR", "Sanction", "state:AR", "negative", "asserted")],
     [("state:BR", "Sanction", "state:AR", "positive")]),
    ("Brazil delayed lifting tariffs on Argentina.", [], [("state:BR", "Sanction", "state:AR", "negative")]),
    ("Canada did not postpone imposing tariffs on China.", [("state:CA", "Sanction", "state:CN", "positive", "asserted")],
     [("state:CA", "Sanction", "state:CN", "negative")]),
    ("The EU struck three Russian businessmen off its sanctions list.", [], [(EU, "Sanction", RU, "negative")]),
    ("The IMF rejected a loan to Argentina.", [], [("org:imf", "Oppose", "state:AR", "positive")]),
    # "not … until" a clause: done then (as "until July" is)
    ("Biden did not meet Xi until he became president.", [("person:biden", "Meet", "person:xi", "positive", "asserted")],
     [("person:biden", "Meet", "person:xi", "negative")]),
    ("Israel will not withdraw from Gaza until Hamas releases the hostages.", [],
     [("state:IL", "Participate", "place:gaza", "positive")]),
    ("The EU threatened sanctions on Iran unless it returned to talks.", [(EU, "Threaten", "state:IR", "positive", "asserted")],
     [(EU, "Threaten", "state:IR", "negative")]),
    ("If Iran enriches uranium, the EU will threaten sanctions on Tehran.", [(EU, "Threaten", "state:IR", "positive", "possible")], []),
    # from probe 15: an order, injunction, decree or ruling fares as its issuer's verb does (a flip)
    ("The Supreme Court declined to issue an order blocking the transfer of Rodrigo Duterte.",
     [("org:n:supreme court", "Block", "person:rodrigo duterte", "negative", "asserted")],
     [("org:n:supreme court", "Block", "person:rodrigo duterte", "positive")]),
    ("The US offered Iran sanctions relief.", [], [(US, "ProvideAid", "state:IR", "positive")]),
    # whom one pays, arms or trains to act does the act, which is not told as done (nor undone by a "not")
    ("Qatar did not fund Hamas to attack Israel.", [("state:QA", "Fund", "org:hamas", "negative", "asserted")],
     [("state:QA", "Attack", "state:IL", "negative"), ("org:hamas", "Attack", "state:IL", "negative")]),
    ("Iran armed the Houthis to attack Saudi Arabia.", [("state:IR", "ProvideMilitaryAid", "org:houthis", "positive", "asserted")],
     [("state:IR", "Attack", "state:SA", "positive")]),
    ("Iran trained the militias to fight Israel.", [], [("state:IR", "Attack", "state:IL", "positive")]),
    ("Germany pledged 500 million euros to help Ukraine.", [("state:DE", "Fund", "state:UA", "positive", "intended")], []),
    # a boycott to be ended: the talks are as sure as its ending
    ("Armenia will end its boycott of talks with Azerbaijan next week.",
     [("state:AM", "Meet", "state:AZ", "positive", "intended")], [("state:AM", "Meet", "state:AZ", "negative")]),
    ("Serbia may end its boycott of talks with Kosovo.", [("state:RS", "Meet", "state:XK", "positive", "possible")], []),
    # subjects joined by "neither … nor" or "either … or" act apart, not with each other
    ("Neither Egypt nor Sudan signed the deal.", [],
     [("state:EG", "Agree", "state:SD", "negative"), ("state:EG", "Cooperate", "state:SD", "negative")]),
    ("Either Serbia or Kosovo will sign the accord.", [], [("state:RS", "Agree", "state:XK", "positive")]),
    ("Neither Egypt nor Sudan met Ethiopia.", [("state:EG", "Meet", "state:ET", "negative", "asserted"),
                                              ("state:SD", "Meet", "state:ET", "negative", "asserted")], []),
    # (a deal two named sides sign, with none named before, is named after them)
    ("Egypt and Sudan signed the deal.", [("state:EG", "Agree", "init:egypt sudan deal", "positive", "asserted"),
                                          ("state:SD", "Agree", "init:egypt sudan deal", "positive", "asserted")], []),
    # the toll of a measure is no attack ("hitting" after imposing sanctions or controls)
    ("China imposed export controls on gallium, hitting US chipmakers.", [], [("state:CN", "Attack", US, "positive")]),
    ("Israel struck Hezbollah positions, hitting a weapons depot in Lebanon.",
     [("state:IL", "Attack", "org:hezbollah", "positive", "asserted")], []),
    # "his / her country" of a speaker described, not named, is the speaker's state
    ("Serbia's president said his country would never recognise Kosovo.",
     [("state:RS", "Support", "state:XK", "negative", "intended")], []),
    ("Serbia's foreign minister said her country would not join NATO.",
     [("state:RS", "MemberOf", "org:nato", "negative", "intended")], []),
    ("The Arab League readmitted Syria after a 12-year suspension.",
     [("state:SY", "MemberOf", "org:arab-league", "positive", "asserted")], []),
    # "the two sides" are the last pair named after "between", within a few sentences
    ("Angola brokered a ceasefire between Congo and Rwanda. Tanzania refused to join the offensive. "
     "Qatar hosted the two sides.", [("state:QA", "Meet", "state:CD", "positive", "asserted"),
                                     ("state:QA", "Meet", "state:RW", "positive", "asserted")],
     [("state:QA", "Meet", "state:TZ", "positive")]),
    # "Brussels" in a story about Belgium, which never names the EU, is Belgium
    ("Belgium summoned Rwanda's ambassador. Kigali then cut diplomatic ties with Brussels.",
     [("state:RW", "Cooperate", "state:BE", "negative", "asserted")], [("state:RW", "Cooperate", EU, "negative")]),
    # a state's sovereignty "and territorial integrity", the first noun parsed as the last's modifier
    ("China said it supported Pakistan's sovereignty and territorial integrity.\nRussia called for dialogue.",
     [("state:CN", "Support", "state:PK", "positive", "asserted")], []),
    # the government seated in a capital read as a place is that capital's state's
    ("India closed the border. The Taliban government in Kabul condemned Pakistan.",
     [("state:AF", "Criticize", "state:PK", "positive", "asserted")], [("state:IN", "Criticize", "state:PK", "positive")]),
    # a bid or wish to lead is no office held
    ("Bachelet's bid to lead the UN failed.", [], [("person:bachelet", "LeaderOf", "org:united-nations", "positive"),
                                                   ("org:n:bachelet", "LeaderOf", "org:united-nations", "positive")]),
    ("Michelle Bachelet is seeking to lead the UN.", [],
     [("person:michelle bachelet", "LeaderOf", "org:united-nations", "positive")]),
    # a debt paid back funds no creditor
    ("Bolivia is unable to pay its debts to China.", [], [("state:BO", "Fund", "state:CN", "negative")]),
    ("Bolivia paid its debts to China.", [], [("state:BO", "Fund", "state:CN", "positive")]),
    ("Qatar would pay off Syria's debts to the World Bank.", [("state:QA", "Fund", "state:SY", "positive", "intended")], []),
    # from probe 17 (flips): talks "ended" with another are broken off, not a round closed
    ("Egypt ended talks with Ethiopia.", [("state:EG", "Meet", "state:ET", "negative", "asserted")],
     [("state:EG", "Meet", "state:ET", "positive")]),
    ("Egypt and Ethiopia ended three days of talks without agreement.",
     [("state:EG", "Meet", "state:ET", "positive", "asserted")], [("state:EG", "Meet", "state:ET", "negative")]),
    ("Egypt refused to end talks with Ethiopia.", [("state:EG", "Meet", "state:ET", "positive", "asserted")],
     [("state:EG", "Meet", "state:ET", "negative")]),
    # a "neither … nor" after a negated verb repeats its "never", it does not undo it
    ('Serbia would never recognise Kosovo, "neither de jure nor de facto."',
     [("state:RS", "Support", "state:XK", "negative", "intended")], [("state:RS", "Support", "state:XK", "positive")]),
    ("Russia will fund neither Egypt nor Jordan.", [("state:RU", "Fund", "state:EG", "negative", "intended")], []),
    # from probe 17's misses: a judgement on "the Chinese government", parsed as one noun with it
    ("Argentina called the Chinese government assassins.", [("state:AR", "Criticize", "state:CN", "positive", "asserted")], []),
    # an ambassador recalled "from" a capital is recalled from its state
    ("Somalia recalled its ambassador from Addis Ababa.", [("state:SO", "Cooperate", "state:ET", "negative", "asserted")], []),
    ("Zimbabwe has applied to rejoin the Commonwealth.", [("state:ZW", "Request", "org:n:commonwealth", "positive", "asserted")],
     [("state:ZW", "MemberOf", "org:n:commonwealth", "positive")]),
    # "their ministers" of two states named as the subject above are both states'
    ("Saudi Arabia and Iran agreed to reopen embassies after their foreign ministers met in Beijing.",
     [("state:SA", "Meet", "state:IR", "positive", "asserted")], []),
    ("Egypt and Sudan said their leaders would meet Ethiopia.",
     [("state:EG", "Meet", "state:ET", "positive", "intended"), ("state:SD", "Meet", "state:ET", "positive", "intended")], []),
    # "the juntas", "the governments": all the states just named together
    ("Mali, Burkina Faso and Niger quit ECOWAS. Senegal and Ghana urged the juntas to reconsider.",
     [("state:SN", "Request", "state:ML", "positive", "asserted"), ("state:SN", "Request", "state:BF", "positive", "asserted"),
      ("state:SN", "Request", "state:NE", "positive", "asserted")], []),
    ("Niger expelled France's envoy. Senegal urged the government to reconsider.",
     [], [("state:SN", "Request", "state:ML", "positive")]),
    # "its" after a joint subject is not one of the subjects'
    ("Kosovo declared independence in 2008. Russia and China have blocked its admission to the United Nations.",
     [("state:RU", "Block", "state:XK", "positive", "asserted"), ("state:CN", "Block", "state:XK", "positive", "asserted")],
     [("state:RU", "Block", "state:CN", "positive")]),
    # the act an accusation names, when it has a named object, as the accuser tells it
    ("U.N. experts accuse Uganda of arming the M23.",
     [("org:united-nations", "Criticize", "state:UG", "positive", "asserted"),
      ("state:UG", "ProvideMilitaryAid", "org:m23", "positive", "asserted")], [("org:united-nations", "ProvideMilitaryAid", "org:m23", "positive")]),
    ("Congo did not accuse Uganda of arming the M23.", [], [("state:UG", "ProvideMilitaryAid", "org:m23", "positive")]),
    # a state "in" or "outside" a bloc
    ("Austria is not in NATO.", [("state:AT", "MemberOf", NATO, "negative", "asserted")], [("state:AT", "MemberOf", NATO, "positive")]),
    ("Norway, which stays outside the EU, backed Denmark.", [("state:NO", "MemberOf", EU, "negative", "asserted")],
     [("state:NO", "MemberOf", EU, "positive")]),
    ("Finland is now in NATO.", [("state:FI", "MemberOf", NATO, "positive", "asserted")], []),
    ("Austria is in talks with NATO.", [], [("state:AT", "MemberOf", NATO, "positive")]),
    # only arms and money: a charge of breaking a truce or of backing someone is no act established
    ("Hezbollah accused Israel of violating the truce.", [("org:hezbollah", "Criticize", "state:IL", "positive", "asserted")],
     [("state:IL", "Commit", "init:truce", "negative")]),
    ("U.N. experts accuse Rwanda of arming the M23 and deploying thousands of its own soldiers in eastern Congo.",
     [("state:RW", "ProvideMilitaryAid", "org:m23", "positive", "asserted")],
     [("state:RW", "ProvideMilitaryAid", "state:CD", "positive")]),
    # a warning of the warner's own act on a condition threatens the one the condition is put to
    ("Thailand's defence minister cautioned that the army would hit back if Cambodian troops crossed the line again.",
     [("state:TH", "Threaten", "state:KH", "positive", "asserted")], []),
    ("Nigeria warned that it would retaliate if Cameroon attacked.", [("state:NG", "Threaten", "state:CM", "positive", "asserted")], []),
    ("Poland warned that Russia would attack if NATO expanded.", [], [("state:PL", "Threaten", NATO, "positive")]),
    ("Turkey warned that it would take measures against Greece.", [("state:TR", "Threaten", "state:GR", "positive", "asserted")], []),
    # a refusal with nothing named answers the last request made of the refuser
    ("Iraq asked Kuwait to reopen the crossing, but Kuwait refused.", [("state:KW", "Oppose", "state:IQ", "positive", "asserted")], []),
    ("Canada asked India to waive immunity. India had refused.", [("state:IN", "Oppose", "state:CA", "positive", "asserted")], []),
    ("Iraq asked Kuwait to reopen the crossing. Kuwait declined to comment.", [], [("state:KW", "Oppose", "state:IQ", "positive")]),
    ("Iraq asked Kuwait to reopen the crossing. Iran refused.", [], [("state:IR", "Oppose", "state:IQ", "positive")]),
    # an accusation the accused denies, in its sentence or the next, establishes nothing
    ("Congo accuses Rwanda of arming the M23, a charge Kigali denies.", [],
     [("state:RW", "ProvideMilitaryAid", "org:m23", "positive")]),
    ("Congo accuses Rwanda of arming the M23. Kigali denies this.", [],
     [("state:RW", "ProvideMilitaryAid", "org:m23", "positive")]),
    # "the shelling", "the expulsion" condemned: whoever did it just before
    ("Ethiopian troops shelled a market in Somalia on Friday. Mogadishu condemned the shelling as a war crime.",
     [("state:SO", "Criticize", "state:ET", "positive", "asserted")], []),
    ("Australia expelled a Chinese diplomat on Monday. The Chinese embassy condemned the expulsion.",
     [("state:CN", "Criticize", "state:AU", "positive", "asserted")], []),
    # an unnamed office "the Slovenian foreign minister" acts for its state, when no one is named so
    ("The Slovenian foreign minister called on Israel to allow aid into Gaza.",
     [("state:SI", "Request", "state:IL", "positive", "asserted")], []),
    ("Slovenian Foreign Minister Tanja Fajon spoke. The Slovenian foreign minister called on Israel to allow aid into Gaza.",
     [("person:tanja fajon", "Request", "state:IL", "positive", "asserted")], [("state:SI", "Request", "state:IL", "positive")]),
    # a named envoy withdrawn (not a "High Commissioner": as often the UN's)
    ("India said it had withdrawn Ambassador Rajiv Menon from Ottawa.",
     [("state:IN", "Cooperate", "state:CA", "negative", "asserted")], []),
    # a veto or ban lifted with nothing named undoes the block or sanction told just before (beside it)
    ("Greece blocked the opening of accession talks with Albania for two years and lifted its veto in 2023.",
     [("state:GR", "Block", "init:accession talks with albania", "positive", "asserted"),
      ("state:GR", "Block", "init:accession talks with albania", "negative", "asserted")], []),
    ("The EU banned Norwegian salmon imports in 2014. The measures were lifted a year later.",
     [(EU, "Sanction", "state:NO", "positive", "asserted"), (EU, "Sanction", "state:NO", "negative", "asserted")], []),
    ("Turkey blocked Sweden's bid. Hungary lifted its veto.", [], [("state:TR", "Block", "state:SE", "negative")]),
    ("China imposed sanctions on Lithuania. It did not lift the sanctions.", [], [("state:CN", "Sanction", "state:LT", "negative")]),
    # "an idea that Germany rejected" after the blockade: the blockade ("that" parsed as a preposition)
    ("Poland proposed a naval blockade, an idea that Germany rejected.",
     [("state:DE", "Oppose", "init:naval blockade", "positive", "asserted")], []),
    # a participle on the kind a body is described as: the body
    ("The Syrian National Army, a coalition of factions funded by Ankara, attacked Kurdish positions.",
     [("state:TR", "Fund", "org:n:syrian national army", "positive", "asserted")], []),
    # "X, on a visit to Islamabad, said": X visits
    ("Faisal bin Farhan, on a visit to Islamabad, said the kingdom would invest $5 billion.",
     [("person:faisal bin farhan", "Meet", "state:PK", "positive", "asserted")], []),
    ("Egypt agreed on a visit to Sudan by its president.", [], [("state:EG", "Meet", "state:SD", "positive")]),
    # "one of the countries that …": the one, not the many
    ("Tuvalu is one of 12 countries that still recognise Taiwan.", [("state:TV", "Support", "state:TW", "positive", "asserted")], []),
    ("Hungary is one of the few EU members that have not sent weapons to Ukraine.",
     [(HU, "ProvideMilitaryAid", UA, "negative", "asserted")], [(EU, "ProvideMilitaryAid", UA, "negative")]),
    ("Georgia applied for NATO membership in 2024.", [("state:GE", "Request", NATO, "positive", "asserted")], []),
    ("Turkey has sent military advisers to Damascus.", [("state:TR", "ProvideMilitaryAid", "state:SY", "positive", "asserted")], []),
    ("Nepal, which has about 800 soldiers serving with UNIFIL, said they would stay.",
     [("state:NP", "Participate", "org:unifil", "positive", "asserted")], []),
    ("World Aquatics said its ban on Russian and Belarusian swimmers would stay in place.",
     [("org:n:world aquatics", "Sanction", "state:BY", "positive", "asserted"),
      ("org:n:world aquatics", "Sanction", RU, "positive", "asserted")], []),
    # the one assured or told in a reported clause, named by a pronoun, is the speaker
    ("Ecuador's foreign minister said Peru had assured her that the border would stay open.",
     [("state:PE", "Guarantee", "state:EC", "positive", "asserted")], []),
    ("Ecuador said Peru had assured it that the border would stay open.",
     [("state:PE", "Guarantee", "state:EC", "positive", "asserted")], []),
    # a finite verb joined to a subordinate clause it cannot share auxiliaries with is the main clause's
    ("Maia Sandu accused the Kremlin of relying on proxies because it could not win on its own and urged Washington "
     "and the European Union to step up pressure on Moscow.",
     [("person:maia sandu", "Request", EU, "positive", "asserted")], [(RU, "Request", EU, "positive")]),
    ("Poland said it would act if Russia did not withdraw and urged NATO to help.",
     [("state:PL", "Request", NATO, "positive", "asserted")], []),
    ("Venezuela expelled Spanish diplomats and shut its consulate in Madrid. Washington condemned both moves.",
     [(US, "Criticize", "state:VE", "positive", "asserted")], []),
    # a breach one says another committed is criticism of it
    ("Mexico said the United States had violated its sovereignty.", [("state:MX", "Criticize", US, "positive", "asserted")], []),
    ("Burundi closed its border with Rwanda. Rwanda said the closure breached the bloc's rules.",
     [("state:RW", "Criticize", "state:BI", "positive", "asserted")], []),
    ("Mexico said the United States had not violated its sovereignty.", [], [("state:MX", "Criticize", US, "positive")]),
    # a bare "the ceasefire" with none named before is the story's own
    ("Armenia and Azerbaijan clashed again. Armenia said it would respect the ceasefire. Armenia also called for talks.",
     [("state:AM", "Commit", "init:armenia ceasefire", "positive", "intended")], []),
    # an act not done "since" the last one of its kind was done then (not another's act)
    ("Hezbollah has not fired at Israel since a single rocket volley on March 3.",
     [("org:hezbollah", "Attack", "state:IL", "positive", "asserted"), ("org:hezbollah", "Attack", "state:IL", "negative", "asserted")], []),
    ("Israel has not struck Gaza since the attack by Hamas.", [], [("state:IL", "Attack", "place:gaza", "positive")]),
    ("Hezbollah has not fired at Israel since March.", [], [("org:hezbollah", "Attack", "state:IL", "positive")]),
    # "both armies" are the sides of the fight, not the countries of the envoys who speak of them
    ("Thailand and Cambodia agreed to a truce on Monday. Under the deal, both armies must let ASEAN observers into the "
     "border zone, Chinese and U.S. envoys said.",
     [("state:TH", "Allow", "org:asean", "positive", "obligated")], [("state:CN", "Allow", "org:asean", "positive")]),
    # "his country" of a person given one state's title is that state
    ("Omani diplomat Salim al-Harthi told the council that his country had sent $50 million in relief to Yemeni civilians.",
     [("state:OM", "ProvideAid", "state:YE", "positive", "asserted")], [("person:salim al-harthi", "ProvideAid", "state:YE", "positive")]),
    # "distanced Serbia from Russia": Serbia's ties (a bare "its ally" is left unresolved: the guess
    # cost an unseen set)
    ("Aleksandar Vucic has distanced Serbia from Russia.", [("state:RS", "Cooperate", RU, "negative", "asserted")],
     [("person:aleksandar vucic", "Cooperate", RU, "negative")]),
    # (not when another two were named since)
    ("Trade between China and Australia fell. Australia and Japan signed a deal. The two sides pledged to cooperate.",
     [("state:AU", "Cooperate", "state:JP", "positive", "intended")], []),
    ("Talks between Israel and Hamas stalled. Egypt hosted Qatar's emir. The two sides discussed a truce.",
     [("state:EG", "Meet", "state:QA", "positive", "asserted")], []),
    # from probe 19 (attacks on this session's rules): flips and regressions mended
    ("Turkey warned that it would not take measures against Greece.", [], [("state:TR", "Threaten", "state:GR", "positive")]),
    ("China warned that it would not respond if the Philippines sent ships.", [],
     [("state:CN", "Threaten", "state:PH", "positive")]),
    ("Turkey warned that it would support Greece if Russia attacked.", [], [("state:TR", "Threaten", RU, "positive")]),
    ("Kosovo is in neither the UN nor NATO.", [("state:XK", "MemberOf", NATO, "negative", "asserted")],
     [("state:XK", "MemberOf", NATO, "positive")]),
    ("Kosovo is a member of neither the UN nor NATO.", [("state:XK", "MemberOf", NATO, "negative", "asserted")],
     [("state:XK", "MemberOf", NATO, "positive"), ("state:XK", "MemberOf", "org:united-nations", "positive")]),
    ("Congo falsely accused Rwanda of arming the M23.", [], [("state:RW", "ProvideMilitaryAid", "org:m23", "positive")]),
    ("U.N. experts may accuse Uganda of arming the M23.", [], [("state:UG", "ProvideMilitaryAid", "org:m23", "positive")]),
    ("Rwanda is accused of arming the M23.", [], [("state:RW", "ProvideMilitaryAid", "org:m23", "positive")]),
    ("The EU imposed sanctions on Belarus. Lithuania called for the sanctions to be lifted.", [],
     [(EU, "Sanction", "state:BY", "negative")]),
    ("Hungary called for the EU's sanctions on Russia to be lifted.", [], [(EU, "Sanction", RU, "negative")]),
    ("Ukraine said the Kremlin dragged out talks because it could not win and urged Washington to act.",
     [(UA, "Request", US, "positive", "asserted")], [(RU, "Request", US, "positive")]),
    ("Kosovo applied to join the UN. Russia and China blocked its admission.",
     [(RU, "Block", "state:XK", "positive", "asserted")], [(RU, "Block", "org:united-nations", "positive")]),
    ("Iran never supplied Hezbollah with drones to strike Israel.",
     [("state:IR", "ProvideMilitaryAid", "org:hezbollah", "negative", "asserted")], [("state:IR", "Attack", "state:IL", "positive")]),
    ("Iran sent the Houthis missiles to attack Saudi Arabia.", [], [("state:IR", "Attack", "state:SA", "positive")]),
    ("India banned rice exports, hitting Bangladesh.", [], [("state:IN", "Attack", "state:BD", "positive")]),
    ("Belgium's prime minister visited Kyiv. Moscow criticised Brussels.", [(RU, "Criticize", "state:BE", "positive", "asserted")], []),
    ("Israel bombed Beirut. Hezbollah shelled Haifa. France condemned the bombing.",
     [("state:FR", "Criticize", "state:IL", "positive", "asserted")], [("state:FR", "Criticize", "org:hezbollah", "positive")]),
    ("Russia did not shell Kharkiv. France condemned the shelling.", [], [("state:FR", "Criticize", RU, "positive")]),
    ("Kosovo's prime minister said Serbia's president wanted his country to join the EU.", [],
     [("state:XK", "MemberOf", EU, "positive")]),
    ("Hungary is among the EU members that have not sent weapons to Ukraine.",
     [(HU, "ProvideMilitaryAid", UA, "negative", "asserted")], [(EU, "ProvideMilitaryAid", UA, "negative")]),
    ("Bolivia paid back its loans to China.", [], [("state:BO", "Fund", "state:CN", "positive")]),
    ("Nepal will have 800 soldiers serving with UNIFIL.", [("state:NP", "Participate", "org:unifil", "positive", "intended")], []),
    ("North Korea met Russia. The United States stood with its ally South Korea.",
     [(US, "Support", "state:KR", "positive", "asserted")], [(US, "Support", "state:KP", "positive")]),
    # an American department named by its portfolio acts for the United States
    ("The Treasury Department froze the U.S. assets of three Venezuelan officials.",
     [(US, "Sanction", "state:VE", "positive", "asserted")], []),
    ("The Commerce Department banned exports of advanced chips to China.",
     [(US, "Sanction", "state:CN", "positive", "asserted")], []),
    # arms exported are military help (withheld when pledged not to be); other exports are trade ties
    ("Japan pledged not to export lethal weapons to the Philippines.",
     [("state:JP", "ProvideMilitaryAid", "state:PH", "negative", "intended")], [("state:JP", "Cooperate", "state:PH", "negative")]),
    ("South Korea exported howitzers to Poland last year.",
     [("state:KR", "ProvideMilitaryAid", "state:PL", "positive", "asserted")], []),
    ("Kazakhstan will export more wheat to Afghanistan.",
     [("state:KZ", "Cooperate", "state:AF", "positive", "intended")], [("state:KZ", "ProvideMilitaryAid", "state:AF", "positive")]),
    # "he" of an office-holder the story names no one for acts for the state (a person named first is "he")
    ("Kenya's president said he would not attend the summit in Addis Ababa.",
     [("state:KE", "Participate", "init:summit in addis ababa", "negative", "intended")], []),
    ("President William Ruto arrived in Kampala. Kenya's president said he would sign the pact with Uganda.",
     [("person:william ruto", "Agree", "init:pact with uganda", "positive", "intended")], [("state:KE", "Agree", "init:pact with uganda", "positive")]),
    # a plan or pledge one backs away, retreats or walks back from is undone ("did not back away" keeps it)
    ("Burkina Faso backed away from its plan to buy Russian helicopters.",
     [("state:BF", "Cooperate", RU, "negative", "intended")], [("state:BF", "Cooperate", RU, "positive")]),
    ("Burkina Faso did not back away from its plan to buy Russian helicopters.",
     [("state:BF", "Cooperate", RU, "positive", "intended")], [("state:BF", "Cooperate", RU, "negative")]),
    ("Burkina Faso retreated from its pledge to send troops to Niger.",
     [("state:BF", "ProvideMilitaryAid", "state:NE", "negative", "intended")], [("state:BF", "ProvideMilitaryAid", "state:NE", "positive")]),
    ("Burkina Faso walked back its pledge to send troops to Niger.",
     [("state:BF", "ProvideMilitaryAid", "state:NE", "negative", "intended")], [("state:BF", "ProvideMilitaryAid", "state:NE", "positive")]),
    ("Burkina Faso reneged on its promise to send troops to Niger.",
     [("state:BF", "ProvideMilitaryAid", "state:NE", "negative", "intended")], [("state:BF", "ProvideMilitaryAid", "state:NE", "positive")]),
    # a verb's object "it" is not the verb's own subject
    ("Rwanda walked away from the talks after Congo accused it of arming the M23.",
     [("state:RW", "ProvideMilitaryAid", "org:m23", "positive", "asserted")], [("state:CD", "ProvideMilitaryAid", "org:m23", "positive")]),
    # weapons used against a target are no gift to it, nor another's arms one uses a gift from the user
    ("Russia used Iranian drones to strike Kyiv.",
     [(RU, "Attack", UA, "positive", "asserted")], [("state:IR", "ProvideMilitaryAid", UA, "positive")]),
    ("Iranian drones were used to strike Kyiv.", [], [("state:IR", "ProvideMilitaryAid", UA, "positive")]),
    ("No Hungarian funds will be used to support Ukraine.", [(HU, "Fund", UA, "negative", "intended")], []),
    # lexicon words found missing by probe 20 (consult, brief, fly, torpedo, intimidate, lease, case, incursion)
    ("Kenya did not consult Ethiopia before signing the deal.", [("state:KE", "Meet", "state:ET", "negative", "asserted")], []),
    ("Washington briefed Qatar on the proposal.", [(US, "Meet", "state:QA", "positive", "asserted")], []),
    ("Russia flew military instructors to Niamey.", [(RU, "ProvideMilitaryAid", "state:NE", "positive", "asserted")], []),
    ("Hungary torpedoed the EU aid package for Ukraine.",
     [(HU, "Block", "init:european union aid package for ukraine", "positive", "asserted")], []),
    ("Chinese coast guard ships sought to intimidate the Philippines.",
     [("state:CN", "Threaten", "state:PH", "positive", "intended")], []),
    ("Djibouti leased a naval base to China.", [("state:DJ", "Cooperate", "state:CN", "positive", "asserted")], []),
    ("Nicaragua joined South Africa's case against Israel at the ICJ.",
     [("state:ZA", "Criticize", "state:IL", "positive", "asserted")], []),
    ("Kyiv's incursion into Russia's Kursk region surprised Moscow.", [(UA, "Attack", RU, "positive", "asserted")], []),
    ("The French president flew to Beijing on Monday.", [], [("state:FR", "ProvideMilitaryAid", "state:CN", "positive"),
                                                            ("state:FR", "ProvideAid", "state:CN", "positive")]),
    # "called Lula a corrupt communist", the name parsed as a complement too: the name is the one judged
    ("Argentine President Javier Milei has called Brazilian President Lula a corrupt communist.",
     [("person:javier milei", "Criticize", "person:lula", "positive", "asserted")], []),
    ("Turkey considers the PKK a terrorist group.", [("state:TR", "Criticize", "org:pkk", "positive", "asserted")], []),
    # standing in the way of something blocks it (the negation and modality of the verb kept)
    ("China has never stood in the way of Sri Lanka's IMF bailout.",
     [("state:CN", "Block", "state:LK", "negative", "asserted")], [("state:CN", "Block", "state:LK", "positive")]),
    ("Turkey will not stand in the way of Sweden's NATO membership.",
     [("state:TR", "Block", "state:SE", "negative", "intended")], [("state:TR", "Block", "state:SE", "positive")]),
    ("Kenya stood in the way of the protesters.", [], [("state:KE", "Block", "state:KE", "positive")]),
    # support or backing won or secured is a stance, not aid received (unless a kind of gift is said)
    ("Sweden won Turkey's support for its NATO membership.", [], [("state:TR", "ProvideAid", "state:SE", "positive")]),
    ("Finland secured Hungary's backing for its NATO bid.", [], [("state:HU", "ProvideAid", "state:FI", "positive")]),
    ("Ukraine won financial support from Japan.", [("state:JP", "Fund", UA, "positive", "asserted")], []),
    # probe 21: what the undoing verb's own clause says of it counts ("refused to abandon its plan" keeps it)
    ("Germany refused to back away from its plan to send tanks to Ukraine.",
     [(DE, "ProvideMilitaryAid", UA, "positive", "intended")], [(DE, "ProvideMilitaryAid", UA, "negative")]),
    ("Germany refused to abandon its plan to send tanks to Ukraine.",
     [(DE, "ProvideMilitaryAid", UA, "positive", "intended")], [(DE, "ProvideMilitaryAid", UA, "negative")]),
    ("Germany denied it had reneged on its promise to send tanks to Ukraine.",
     [(DE, "ProvideMilitaryAid", UA, "positive", "intended")], [(DE, "ProvideMilitaryAid", UA, "negative")]),
    ("Germany has refused to back off its pledge to send tanks to Ukraine.",
     [(DE, "ProvideMilitaryAid", UA, "positive", "intended")], [(DE, "ProvideMilitaryAid", UA, "negative")]),
    ("Germany rejected calls to back away from its plan to send tanks to Ukraine.", [],
     [(DE, "ProvideMilitaryAid", UA, "negative")]),
    ("Germany could back away from its plan to send tanks to Ukraine.",
     [(DE, "ProvideMilitaryAid", UA, "negative", "possible")], [(DE, "ProvideMilitaryAid", UA, "positive")]),
    # a stance one backs away from is undone
    ("Turkey backed away from its objection to Sweden's membership.",
     [("state:TR", "Oppose", "state:SE", "negative", "asserted")], [("state:TR", "Oppose", "state:SE", "positive")]),
    ("Turkey did not back away from its objection to Sweden's membership.",
     [("state:TR", "Oppose", "state:SE", "positive", "asserted")], [("state:TR", "Oppose", "state:SE", "negative")]),
    # refusing to be intimidated is no threat undone
    ("Taiwan will not be intimidated by China, its president said.", [], [("state:CN", "Threaten", "state:TW", "negative")]),
    ("Palestine won Spain's recognition and Ireland's support.", [],
     [("state:ES", "ProvideAid", "state:PS", "positive"), ("state:IE", "ProvideAid", "state:PS", "positive")]),
    # "its" after a demonym of a thing is the clause's subject's ("used Iranian rockets in its attack")
    ("Hamas used Iranian rockets in its attack on Israel.",
     [("org:hamas", "Attack", "state:IL", "positive", "asserted")], [("state:IR", "Attack", "state:IL", "positive")]),
    ("Russia has used North Korean shells in its war against Ukraine.",
     [(RU, "Attack", UA, "positive", "asserted")], [("state:KP", "Attack", UA, "positive")]),
    ("Kenya criticized Uganda for its attacks on Somalia.", [("state:UG", "Attack", "state:SO", "positive", "asserted")], []),
    # a giver set aside by "but not from" gave nothing ("either" after a gift refused adds no giver)
    ("Ukraine won financial support from Japan, but not from China.",
     [("state:JP", "Fund", UA, "positive", "asserted"), ("state:CN", "Fund", UA, "negative", "asserted")],
     [("state:CN", "Fund", UA, "positive")]),
    ("Ukraine received weapons from Poland but not from Hungary.",
     [("state:PL", "ProvideMilitaryAid", UA, "positive", "asserted"),
      ("state:HU", "ProvideMilitaryAid", UA, "negative", "asserted")], [("state:HU", "ProvideMilitaryAid", UA, "positive")]),
    ("Ukraine received no weapons from Poland, but not from Hungary either.",
     [("state:PL", "ProvideMilitaryAid", UA, "negative", "asserted")], [("state:HU", "ProvideMilitaryAid", UA, "positive")]),
    # an office that acts for the United States acts for the state its name or possessive gives
    ("Britain's Treasury Department imposed sanctions on Iran.",
     [("state:GB", "Sanction", "state:IR", "positive", "asserted")], [("state:US", "Sanction", "state:IR", "positive")]),
    ("The U.S. Treasury Department imposed sanctions on Iran.",
     [("state:US", "Sanction", "state:IR", "positive", "asserted")], []),
    # a purpose shares the fate of the act it is the purpose of (not an object's own purpose)
    ("Hungary refused to send troops to fight Russia.", [("state:HU", "Attack", RU, "negative", "asserted")],
     [("state:HU", "Attack", RU, "positive")]),
    ("France will send instructors to train Lebanese troops.",
     [("state:FR", "ProvideMilitaryAid", "state:LB", "positive", "intended")], []),
    ("Paris has not ruled out sending more military engineers to train Lebanese troops.",
     [("state:FR", "ProvideMilitaryAid", "state:LB", "positive", "possible")], [("state:FR", "ProvideMilitaryAid", "state:LB", "negative")]),
    ("Hungary does not plan to send troops to support Ukraine.", [("state:HU", "Support", UA, "negative", "intended")],
     [("state:HU", "Support", UA, "positive")]),
    ("Hungary is not expected to send troops to defend Ukraine.", [], [("state:HU", "Support", UA, "positive")]),
    ("Egypt did not send its army to fight Ethiopia.", [("state:EG", "Attack", "state:ET", "negative", "asserted")],
     [("state:EG", "Attack", "state:ET", "positive")]),
    # a rejection that judges its object badly criticises it; one that calls it false only denies it
    ("India's foreign ministry rejected Canada's allegations as preposterous.",
     [("state:IN", "Criticize", "state:CA", "positive", "asserted")], [("state:IN", "Oppose", "state:CA", "positive")]),
    ("Morocco dismissed Algeria's charges as baseless.",
     [("state:MA", "Oppose", "state:DZ", "positive", "asserted")], [("state:MA", "Criticize", "state:DZ", "positive")]),
    ("Myanmar rejected Thailand's statement as not objective.", [], [("state:MM", "Criticize", "state:TH", "positive")]),
    ("Afghanistan dismissed Pakistan's remarks as one-sided.",
     [("state:AF", "Criticize", "state:PK", "positive", "asserted")], []),
    # the downing of a drone points back at the shooting down
    ("Algeria shot down a Malian drone near the border. Mali condemned the downing.",
     [("state:ML", "Criticize", "state:DZ", "positive", "asserted")], []),
    # a finite verb the parser hung on a gerund inside the main clause's object is the main clause's
    ("Kyiv accused its allies of watching passively and urged London to send jets.",
     [(UA, "Request", "state:GB", "positive", "asserted")], []),
    ("Zelenskiy accused allies of refusing to help and urged Washington to act.", [], [(UA, "Request", "state:US", "negative")]),
    # "the first X to": the one the copula describes (not the body of which it is a member)
    ("Turkey was the first NATO member to recognise Kosovo.",
     [("state:TR", "Support", "state:XK", "positive", "asserted")], [("org:nato", "Support", "state:XK", "positive")]),
    # an act one goes ahead with is the act (and a "not" before it denies it)
    ("Israel will not go ahead with its offensive on Lebanon.",
     [("state:IL", "Attack", "state:LB", "negative", "intended")], [("state:IL", "Attack", "state:LB", "positive")]),
    # members named by their owner's pronoun act for the owner (not a state's)
    ("Gang leader Jimmy Cherizier said his fighters would not attack the Kenyan police.",
     [("person:jimmy cherizier", "Attack", "state:KE", "negative", "intended")], []),
    ("The ANC said its lawmakers would not back the Kenyan budget.",
     [("org:n:anc", "Support", "state:KE", "negative", "intended")], []),
    # an event noun is an initiative that can be backed or denounced
    ("Nigeria denounced the handover of the base to Russia.",
     [("state:NG", "Criticize", "init:handover to russia", "positive", "asserted")], []),
    # (probe 23) a giver set against a denied one by "but" gave; "neither … nor" gave nothing; "not yet"
    ("Ukraine did not win financial support from China but from Japan.",
     [("state:JP", "Fund", UA, "positive", "asserted"), ("state:CN", "Fund", UA, "negative", "asserted")],
     [("state:JP", "Fund", UA, "negative")]),
    ("Zambia received no debt relief from China but from the IMF.",
     [("state:CN", "ProvideAid", "state:ZM", "negative", "asserted"), ("org:imf", "ProvideAid", "state:ZM", "positive", "asserted")],
     [("org:imf", "ProvideAid", "state:ZM", "negative")]),
    ("Ukraine received weapons neither from France nor from Germany.",
     [("state:FR", "ProvideMilitaryAid", UA, "negative", "asserted"), ("state:DE", "ProvideMilitaryAid", UA, "negative", "asserted")],
     [("state:DE", "ProvideMilitaryAid", UA, "positive")]),
    ("Ukraine has won financial support from Japan, but not yet from China.",
     [("state:CN", "Fund", UA, "negative", "asserted")], [("state:CN", "Fund", UA, "positive")]),
    # a plan carried on fares as the carrying on
    ("Israel will not press ahead with its plan to annex the West Bank.",
     [("state:IL", "Attack", "place:west bank", "negative", "intended")], [("state:IL", "Attack", "place:west bank", "positive")]),
    # rejecting a proposal as unacceptable opposes it
    ("Moscow rejected Kyiv's peace proposal as unacceptable.",
     [(RU, "Oppose", "init:kyiv peace proposal", "positive", "asserted")], [(RU, "Criticize", UA, "positive")]),
    # the purpose of stopping something is not stopped ("stopped arms exports … to punish Riyadh")
    ("Germany stopped arms exports to Saudi Arabia to punish Riyadh.",
     [("state:DE", "Sanction", "state:SA", "positive", "asserted")], [("state:DE", "Sanction", "state:SA", "negative")]),
    ("Germany stopped arms exports to Saudi Arabia to protest against the war in Yemen.", [],
     [("state:DE", "Criticize", "init:war in yemen", "negative")]),
    # a name the parser made the compound of the verb after it is that verb's subject
    ("Germany sent Taurus missiles to help Ukraine strike Russia.",
     [(UA, "Attack", RU, "positive", "asserted")], [("state:DE", "Attack", RU, "positive")]),
    # efforts one stops are undone ("did not stop" keeps them); another's plan rejected denies nothing of it
    ("Poland stopped its efforts to supply Ukraine with jets.",
     [("state:PL", "ProvideMilitaryAid", UA, "negative", "asserted")], [("state:PL", "ProvideMilitaryAid", UA, "positive")]),
    ("Hungary rejected the EU plan to fund Ukraine.", [], [("org:european-union", "Fund", UA, "negative")]),
    # a state's state media speak for it (not all its media)
    ("Chinese state media criticised the Philippines for the drills.",
     [("state:CN", "Criticize", "state:PH", "positive", "asserted")], []),
    ("Chinese media criticised the Philippines for the drills.", [], [("state:CN", "Criticize", "state:PH", "positive")]),
    ("Spain was the first EU country to recognise Palestine.",
     [("state:ES", "Support", "state:PS", "positive", "asserted")], [("org:european-union", "Support", "state:PS", "positive")]),
    ("Japan was the first G7 country to lift sanctions on Syria.",
     [("state:JP", "Sanction", "state:SY", "negative", "asserted")], [("org:g7", "Sanction", "state:SY", "negative")]),
    # "both men" are the two persons just named, as "both leaders" are
    ("Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday. "
     "Both men said they would attend the BRICS summit in Kazan.",
     [("person:vladimir putin", "Participate", "init:brics summit in kazan", "positive", "intended"),
      ("person:xi jinping", "Participate", "init:brics summit in kazan", "positive", "intended")], []),
    # "its bid" in a clause said of another is that clause's subject's, not the relative clause's object's
    ("Norway, which applied alongside Iceland, is still waiting because Greece and Malta have not ratified its bid.",
     [("state:GR", "Agree", "state:NO", "negative", "asserted")], [("state:GR", "Agree", "state:IS", "negative")]),
    ("Iceland joined the bloc last year, while Norway has waited because Greece and Malta blocked its bid.",
     [("state:GR", "Block", "state:NO", "positive", "asserted")], [("state:GR", "Block", "state:IS", "positive")]),
    # a rejected demand is opposed to whoever made it: "from" them, "made by" them, and "all three requests"
    ("Chile rejected the ultimatum from the United States.",
     [("state:CL", "Oppose", "state:US", "positive", "asserted")], []),
    ("Chile did not reject the demand from the United States.",
     [("state:CL", "Oppose", "state:US", "negative", "asserted")], [("state:CL", "Oppose", "state:US", "positive")]),
    ("Chile rejected the demands made by Bolivia.",
     [("state:CL", "Oppose", "state:BO", "positive", "asserted")], []),
    ("Argentina asked Uruguay three times to extradite the banker. Uruguay turned down all three requests.",
     [("state:UY", "Oppose", "state:AR", "positive", "asserted")], []),
    # two surnames the model tagged as one organisation are the two persons the story named in full
    ("Azerbaijani President Ilham Aliyev skipped the meeting with Armenian Prime Minister Nikol Pashinyan. "
     "European Council President Charles Michel, who has hosted several rounds of talks between Aliyev and "
     "Pashinyan in Brussels, said he was disappointed.",
     [("person:charles michel", "Meet", "person:ilham aliyev", "positive", "asserted"),
      ("person:charles michel", "Meet", "person:nikol pashinyan", "positive", "asserted")], []),
    # "run by" gives a body its leader, as "led by" does; running a campaign leads no one
    ("Hezbollah, a group run by Hassan Nasrallah, fired rockets at Israel.",
     [("person:hassan nasrallah", "LeaderOf", "org:hezbollah", "positive", "asserted")], []),
    ("The Kremlin runs the Africa Corps.", [("state:RU", "LeaderOf", "org:n:africa corps", "positive", "asserted")], []),
    ("Putin said Russia would run the campaign.", [], [("state:RU", "LeaderOf", "init:campaign", "positive")]),
    # "all sides" is left unread: the last two named were the dispute's sides about half the time
    ("Eritrea and Djibouti traded accusations on Monday. The African Union urged all sides to show restraint.",
     [], [("org:african-union", "Request", "state:ER", "positive")]),
    # the noun "force" obliges no one: "a force run by X" is X's, as a fact
    ("The EU may sanction the Africa Corps, a force run by Russia's defence ministry.",
     [("state:RU", "LeaderOf", "org:n:africa corps", "positive", "asserted")], []),
    # what one refused, failed or stopped short of saying or finding is neither said nor denied
    ("The minister refused to say that the UAE had armed the RSF.", [], [("state:AE", "ProvideMilitaryAid", "org:rapid-support-forces", "positive")]),
    ("The panel stopped short of saying that the UAE had armed the RSF.", [],
     [("state:AE", "ProvideMilitaryAid", "org:rapid-support-forces", "positive")]),
    ("The panel did not find that the UAE had armed the RSF.", [], [("state:AE", "ProvideMilitaryAid", "org:rapid-support-forces", "negative")]),
    ("The panel could not establish that the UAE had armed the RSF.", [],
     [("state:AE", "ProvideMilitaryAid", "org:rapid-support-forces", "negative")]),
    ("The U.N. imposed an arms embargo on Libya in 2011. The panel stopped short of concluding that Egypt had "
     "violated the embargo, and it did not accuse Chad of breaching it.", [],
     [("state:EG", "Commit", "init:arms embargo on libya", "positive"), ("state:EG", "Criticize", "state:TD", "negative")]),
    ("The panel found that the UAE had armed the RSF.",
     [("state:AE", "ProvideMilitaryAid", "org:rapid-support-forces", "positive", "asserted")], []),
    # "not clear that", unconfirmed reports and "did not rule out that" deny nothing
    ("It is not clear that the UAE armed the RSF.", [],
     [("state:AE", "ProvideMilitaryAid", "org:rapid-support-forces", "negative")]),
    ("It is not true that the UAE armed the RSF.",
     [("state:AE", "ProvideMilitaryAid", "org:rapid-support-forces", "negative", "asserted")], []),
    ("The ministry could not confirm reports that the UAE had armed the RSF.", [],
     [("state:AE", "ProvideMilitaryAid", "org:rapid-support-forces", "negative")]),
    ("The ministry refused to confirm reports that the UAE had armed the RSF.", [],
     [("state:AE", "ProvideMilitaryAid", "org:rapid-support-forces", "negative")]),
    ("The panel did not rule out that the UAE had armed the RSF.",
     [("state:AE", "ProvideMilitaryAid", "org:rapid-support-forces", "positive", "possible")],
     [("state:AE", "ProvideMilitaryAid", "org:rapid-support-forces", "negative")]),
    ("Cairo ruled out that Egypt would send troops to Somalia.",
     [("state:EG", "ProvideMilitaryAid", "state:SO", "negative", "intended")], []),
    ("Reports that the UAE armed the RSF could not be verified.", [],
     [("state:AE", "ProvideMilitaryAid", "org:rapid-support-forces", "negative")]),
    # a known name the model cut at a number ("Group of" + "7") is still the known body's: its summit
    ("Biden attended the Group of 7 summit in Italy.",
     [("person:biden", "Participate", "init:group of seven summit in italy", "positive", "asserted")],
     [("person:biden", "Participate", "org:n:group of", "positive")]),
    # a relative the story does not name speaks for no one: "Haftar's son said his fighters …" is not Haftar
    ("Khalifa Haftar's son said his fighters would attack Tripoli.", [],
     [("person:khalifa haftar", "Attack", "state:LY", "positive")]),
    ("Khalifa Haftar said his fighters would attack Tripoli.",
     [("person:khalifa haftar", "Attack", "state:LY", "positive", "intended")], []),
    ("The son of Khalifa Haftar, Saddam Haftar, said he would attack Tripoli.",
     [("person:saddam haftar", "Attack", "state:LY", "positive", "intended")], []),
    # "battle" is fought as "fight" is; "seize", "retake", "recapture" take ground as "capture" does
    ("The Somali army has been battling al Shabaab for years.",
     [("state:SO", "Attack", "org:al-shabaab", "positive", "asserted")], []),
    ("Houthi rebels seized the Yemeni port city of Hodeidah.",
     [("org:houthis", "Attack", "state:YE", "positive", "asserted")], []),
    ("Houthi rebels seized two British sailors.", [], [("org:houthis", "Attack", "state:GB", "positive")]),
    # "the other" of a pair, after "neither country" or a bare "neither": each the other, denied
    ("Armenia and Azerbaijan signed a peace treaty. The two leaders said neither country would ever use force "
     "against the other.",
     [("state:AM", "Attack", "state:AZ", "negative", "intended"), ("state:AZ", "Attack", "state:AM", "negative", "intended")],
     [("state:AM", "Attack", "state:AZ", "positive"), ("state:AZ", "Attack", "state:AM", "positive")]),
    ("Armenia and Azerbaijan signed a peace treaty. Neither would use force against the other, the statement said.",
     [("state:AM", "Attack", "state:AZ", "negative", "intended"), ("state:AZ", "Attack", "state:AM", "negative", "intended")],
     [("state:AM", "Attack", "state:AZ", "positive"), ("state:AZ", "Attack", "state:AM", "positive")]),
    # a price after the goods carries the parser's "to": the one they are given to
    ("Germany delivered medical supplies worth 20 million euros to Moldova.",
     [("state:DE", "ProvideAid", "state:MD", "positive", "asserted")], []),
    ("Turkey will ship grain free of charge to Syria.",
     [("state:TR", "ProvideAid", "state:SY", "positive", "intended")], []),
    # loads of goods are the goods
    ("Egypt has sent more than 2,000 trucks of aid to Gaza.",
     [("state:EG", "ProvideAid", "place:gaza", "positive", "asserted")], []),
    # works built in a state with someone's money fund that state
    ("Japan has bankrolled power plants and roads in Vietnam and Laos.",
     [("state:JP", "Fund", "state:VN", "positive", "asserted"), ("state:JP", "Fund", "state:LA", "positive", "asserted")], []),
    # "struck what it called camps in X": the camps named, in X
    ("Israeli jets struck what the army called weapons depots in Syria.",
     [("state:IL", "Attack", "state:SY", "positive", "asserted")], []),
    # the place of the targets of an attack named by a noun
    ("Al Shabaab has stepped up attacks on army posts in Somalia.",
     [("org:al-shabaab", "Attack", "state:SO", "positive", "asserted")], []),
    # goods dropped or flown in, or rushed, are given as shipped goods are
    ("Jordan airdropped food into Gaza.", [("state:JO", "ProvideAid", "place:gaza", "positive", "asserted")], []),
    ("The United States carried out its first airdrop of food into Gaza.",
     [("state:US", "ProvideAid", "place:gaza", "positive", "asserted")], []),
    ("India rushed drinking water and vaccines to the Maldives.",
     [("state:IN", "ProvideAid", "state:MV", "positive", "asserted")], []),
    ("Russia rushed troops to the border with Ukraine.", [], [("state:RU", "ProvideAid", "state:UA", "positive")]),
    # a second object after a comma that closes the verb's phrase is the parser's apposition
    ("The Sudanese army accused Kenya of siding with its rival, the paramilitary Rapid Support Forces.",
     [("org:army-sd", "Criticize", "state:KE", "positive", "asserted")],
     [("org:army-sd", "Criticize", "org:rapid-support-forces", "positive")]),
    # from probe 25: no one ruling out leaves it possible; hesitation and refusal nouns withhold;
    # a double negative says it; seeking to prove finds nothing
    ("Nobody ruled out that Iran would attack Israel.",
     [("state:IR", "Attack", "state:IL", "positive", "possible")], [("state:IR", "Attack", "state:IL", "negative")]),
    ("Few analysts ruled out that China would invade Taiwan.", [], [("state:CN", "Attack", "state:TW", "negative")]),
    ("The panel did not rule out that Iran would attack Israel.",
     [("state:IR", "Attack", "state:IL", "positive", "possible")], []),
    ("The monitors were reluctant to conclude that Azerbaijan had attacked Armenia.", [],
     [("state:AZ", "Attack", "state:AM", "positive")]),
    ("The panel's refusal to conclude that Iran had armed Russia angered Kyiv.", [],
     [("state:IR", "ProvideMilitaryAid", "state:RU", "positive")]),
    ("The Sudanese army did not refuse to say that the UAE had armed the RSF.", [],
     [("state:AE", "ProvideMilitaryAid", "org:rapid-support-forces", "negative")]),
    ("The investigators sought to prove that Iran had supplied the drones to Russia.", [],
     [("state:IR", "ProvideMilitaryAid", "state:RU", "positive")]),
    ("Sudan refused to deny that Egypt had armed its army.", [], [("state:EG", "ProvideMilitaryAid", "state:SD", "negative")]),
    ("Qatar neither confirmed nor denied reports that it had funded Hamas.", [],
     [("state:QA", "Fund", "org:hamas", "negative")]),
    # "found it unlikely that …", with the clause hung on the adjective, is unlikely; "likely that … would" may
    ("Analysts found it unlikely that Egypt would send troops to Somalia.",
     [("state:EG", "ProvideMilitaryAid", "state:SO", "negative", "possible")],
     [("state:EG", "ProvideMilitaryAid", "state:SO", "positive")]),
    ("The minister considered it likely that Egypt would send troops to Somalia.",
     [("state:EG", "ProvideMilitaryAid", "state:SO", "positive", "possible")], []),
    # a withheld speech verb drops a clause it tells, not an infinitive the parser hung on it (Wikinews)
    ("Joe Biden met Donald Trump. He defended his record, and criticized Democrats for failing to mention "
     "Biden's opposition to Trump's ban on travel from China and Europe to slow the spread of coronavirus.",
     [("person:joe biden", "Oppose", "person:donald trump", "positive", "asserted")], []),
    # "exclude" negates a clause or gerund, as "rule out" does (found by probe 25), and nothing else
    ("Turkey did not exclude that it would attack Syria.",
     [("state:TR", "Attack", "state:SY", "positive", "possible")], [("state:TR", "Attack", "state:SY", "negative")]),
    ("Turkey excluded that it would attack Syria.",
     [("state:TR", "Attack", "state:SY", "negative", "intended")], [("state:TR", "Attack", "state:SY", "positive")]),
    ("Turkey did not exclude attacking Syria.",
     [("state:TR", "Attack", "state:SY", "positive", "possible")], [("state:TR", "Attack", "state:SY", "negative")]),
    ("The EU excluded Hungary from the talks on Ukraine.", [],
     [("org:european-union", "Meet", "init:talks on ukraine", "negative")]),
    # "funded and armed Hamas", "armed" read by the parser as Hamas's adjective: both acts
    ("Iran has funded and armed Hamas for years.",
     [("state:IR", "Fund", "org:hamas", "positive", "asserted"), ("state:IR", "ProvideMilitaryAid", "org:hamas", "positive", "asserted")],
     []),
    ("Iran has never funded and armed Hamas.",
     [("state:IR", "Fund", "org:hamas", "negative", "asserted"), ("state:IR", "ProvideMilitaryAid", "org:hamas", "negative", "asserted")],
     [("state:IR", "Fund", "org:hamas", "positive")]),
    # one person "attacking" another is words, not weapons (Wikinews); a fight "for" X is no attack on X
    ("Joe Biden attacked Donald Trump for the tweet.",
     [("person:joe biden", "Criticize", "person:donald trump", "positive", "asserted")],
     [("person:joe biden", "Attack", "person:donald trump", "positive")]),
    ("Russia attacked Ukraine for the third night in a row.",
     [("state:RU", "Attack", "state:UA", "positive", "asserted")], []),
    ("Armenia is fighting for Karabakh.", [], [("state:AM", "Attack", "place:karabakh", "positive")]),
    # a participle after "on Twitter" / "on its website" is the poster's, not the medium's (Wikinews)
    ("Mike Pompeo posted a message on Twitter blaming Iran for the attacks.",
     [("person:mike pompeo", "Criticize", "state:IR", "positive", "asserted")], []),
    ("The Chinese foreign ministry published a statement on its website condemning Israel.",
     [("state:CN", "Criticize", "state:IL", "positive", "asserted")], []),
    ("Donald Trump lashed out at mayor Muriel Bowser on Twitter, accusing her of not doing her job.",
     [("person:donald trump", "Criticize", "person:muriel bowser", "positive", "asserted")],
     [("person:donald trump", "Criticize", "org:n:twitter", "positive")]),
    # someone unresolved backing away from "his" stance still undoes it (Wikinews, with "West" two persons)
    ("Rapper Kanye West announced a run. Actor Adam West praised him. West backed away from his previous "
     "support for President Donald Trump.", [], [("person:adam west", "Support", "person:donald trump", "positive"),
                                                  ("person:kanye west", "Support", "person:donald trump", "positive")]),
    # paying tribute or a visit is no funding (Wikinews)
    ("Information Minister Michael Makuei paid tribute to John Luk.", [],
     [("person:michael makuei", "Fund", "person:john luk", "positive")]),
    ("Japan paid 20 million dollars to the WHO.",
     [("state:JP", "Fund", "org:who", "positive", "asserted")], []),
    # probe 26: stopping, phasing out, winding down or giving up one's own act or stance undoes it
    ("Australia stopped its military assistance to Fiji.",
     [("state:AU", "ProvideMilitaryAid", "state:FJ", "negative", "asserted")],
     [("state:AU", "ProvideMilitaryAid", "state:FJ", "positive")]),
    ("The United Kingdom will phase out its aid to China by 2025.",
     [("state:GB", "ProvideAid", "state:CN", "negative", "intended")], [("state:GB", "ProvideAid", "state:CN", "positive")]),
    ("Saudi Arabia wound down its air strikes on Yemen.",
     [("state:SA", "Attack", "state:YE", "negative", "asserted")], [("state:SA", "Attack", "state:YE", "positive")]),
    ("China gave up its support for Russia.",
     [("state:CN", "Support", "state:RU", "negative", "asserted")],
     [("state:CN", "Support", "state:RU", "positive"), ("state:CN", "ProvideAid", "state:RU", "positive")]),
    ("Serbia has not given up its opposition to Kosovo's independence.",
     [("state:RS", "Oppose", "state:XK", "positive", "asserted")], [("state:RS", "Oppose", "state:XK", "negative")]),
    # a pledge or offer "to let" walked back, parsed as the verb's infinitive, is undone too
    ("The Philippines walked back its pledge to let US forces use the bases.",
     [("state:PH", "Allow", "state:US", "negative", "intended")], [("state:PH", "Allow", "state:US", "positive")]),
    ("Ghana backtracked on its commitment to send troops to Haiti.",
     [("state:GH", "ProvideMilitaryAid", "state:HT", "negative", "asserted")],
     [("state:GH", "ProvideMilitaryAid", "state:HT", "positive")]),
    # "hardly a week passes without X striking Y": X strikes Y
    ("Hardly a week passes without Israel striking Syria.",
     [("state:IL", "Attack", "state:SY", "positive", "asserted")], [("state:IL", "Attack", "state:SY", "negative")]),
    ("A week passed without Israel striking Syria.", [], [("state:IL", "Attack", "state:SY", "positive")]),
    # little willingness is next to none; reports that are "lies" are denied
    ("Mexico has shown little willingness to sanction Russia.",
     [("state:MX", "Sanction", "state:RU", "negative", "intended")], [("state:MX", "Sanction", "state:RU", "positive")]),
    ("Egypt said reports that it sent weapons to Sudan were lies.",
     [("state:EG", "ProvideMilitaryAid", "state:SD", "negative", "asserted")],
     [("state:EG", "ProvideMilitaryAid", "state:SD", "positive")]),
    # a passive raising verb's subject does the infinitive ("is set / poised / slated to")
    ("Kenya is set to send troops to Haiti.",
     [("state:KE", "ProvideMilitaryAid", "state:HT", "positive", "intended")], []),
    ("The EU is slated to impose new sanctions on Iran.",
     [("org:european-union", "Sanction", "state:IR", "positive", "intended")], []),
    # "was forced to" did it; "will be forced to" must
    ("Ghana was forced to withdraw its troops from Mali.",
     [("state:GH", "ProvideMilitaryAid", "state:ML", "negative", "asserted")], []),
    ("Ghana will be forced to withdraw its troops from Mali.",
     [("state:GH", "ProvideMilitaryAid", "state:ML", "negative", "obligated")], []),
    # support "received from" X is X's (probe 26)
    ("Peru received no support from Chile for its bid.",
     [("state:CL", "Support", "state:PE", "negative", "asserted")], [("state:PE", "Support", "state:CL", "negative")]),
    # a thing "used to" do something does not do it ("no funds will be used to support them")
    ("Hungary will not pay. No Hungarian funds will be used to support the mission.", [],
     [("state:HU", "Support", "init:mission", "positive")]),
    # "unblocked" ends a block
    ("Hungary unblocked the EU aid package for Ukraine.",
     [("state:HU", "Block", "init:european union aid package for ukraine", "negative", "asserted")],
     [("state:HU", "Block", "init:european union aid package for ukraine", "positive")]),
    ("Kyiv won the backing of Washington.", [("state:US", "Support", "state:UA", "positive", "asserted")],
     [("state:UA", "Support", "state:US", "positive")]),
    # a partner takes no part in talks the subject refuses to resume (probe 26)
    ("Iran will not resume talks with the United States.",
     [("state:IR", "Participate", "init:talks with united states", "negative", "intended")],
     [("state:US", "Participate", "init:talks with united states", "negative")]),
    # releasing or disbursing money is a light verb: its "will" is the loan's
    ("The IMF will release the next tranche of its loan to Egypt.",
     [("org:imf", "Fund", "state:EG", "positive", "intended")], []),
    # "split/broke with X" parts ways; "split the costs with X", "broke the ceasefire with X" do not
    ("Ecuador broke with Mexico after the embassy raid.",
     [("state:EC", "Cooperate", "state:MX", "negative", "asserted")], []),
    ("Colombia would not break with Venezuela, Gustavo Petro said.",
     [("state:CO", "Cooperate", "state:VE", "positive", "intended")], [("state:CO", "Cooperate", "state:VE", "negative")]),
    ("Canada and Mexico pledge united front on US tariffs, split on retaliation.", [],
     [("state:CA", "Cooperate", "state:MX", "negative"), ("state:MX", "Cooperate", "state:CA", "negative")]),
    ("Hungary broke with its EU partners over the sanctions.", [],
     [("state:HU", "Cooperate", "org:european-union", "negative")]),
    ("Turkey split the costs with Qatar.", [], [("state:TR", "Cooperate", "state:QA", "negative")]),
    ("Russia broke the ceasefire with Ukraine.", [], [("state:RU", "Cooperate", "state:UA", "negative")]),
    # "shut/closed the door on X" refuses it
    ("Kenya shut the door on Somalia's proposal.",
     [("state:KE", "Oppose", "init:somalia proposal", "positive", "asserted")], []),
    # "Chad's main opposition party" is the opposition's, not Chad's
    ("Chad's main opposition party said it will boycott the presidential election.",
     [("org:opposition-td", "Participate", "init:presidential election", "negative", "intended")],
     [("state:TD", "Participate", "init:presidential election", "negative")]),
    # "after months of talks with X": the talks through their spell
    ("Felix Tshisekedi agreed to the operation after months of talks with Yoweri Museveni.",
     [("person:felix tshisekedi", "Meet", "person:yoweri museveni", "positive", "asserted")], []),
    # told someone something at a summit: met them there
    ("Narendra Modi told Vladimir Putin at a summit in Samarkand that this was not an era of war.",
     [("person:narendra modi", "Meet", "person:vladimir putin", "positive", "asserted")], []),
    # training civilians is no military aid; a state's instructors act for it
    ("Washington will put up $2 million to train Vietnamese chip engineers.", [],
     [("state:US", "ProvideMilitaryAid", "state:VN", "positive")]),
    ("Russian instructors have trained Malian troops since 2021.",
     [("state:RU", "ProvideMilitaryAid", "state:ML", "positive", "asserted")], []),
    # (probe 27) "claimed that" reports, as "said that" does (only the noun "claims that" is alleged)
    ("Iran claimed that Israel had attacked Syria.",
     [("state:IL", "Attack", "state:SY", "positive", "asserted")], []),
    # a body named in the plural speaks of itself as "they"
    ("The Houthis said they had attacked a US warship in the Red Sea.",
     [("org:houthis", "Attack", "state:US", "positive", "asserted")], []),
    # no one attacks or asks itself: the reflexive-looking "its" / "it" is the speaker's
    ("Pakistan said India had attacked its territory.",
     [("state:IN", "Attack", "state:PK", "positive", "asserted")], []),
    ("Kenya said Haiti's government had asked it for more police officers.",
     [("state:HT", "Request", "state:KE", "positive", "asserted")], []),
    ("Pakistan said India would fund its army.", [], [("state:IN", "Fund", "state:PK", "positive")]),
    # "condemned Russia, saying it had …": the condemned one's deed, not the condemner's
    ("The United States condemned Russia, saying it had attacked civilians in Syria.",
     [("state:RU", "Attack", "state:SY", "positive", "asserted")], [("state:US", "Attack", "state:SY", "positive")]),
    # "Hamas had informed mediators that it accepted": the informer's "it"
    ("Qatar's prime minister said Hamas had informed mediators that it accepted the ceasefire proposal.",
     [("org:hamas", "Agree", "init:ceasefire proposal", "positive", "asserted")],
     [("state:QA", "Agree", "init:ceasefire proposal", "positive")]),
    # the junta on the other side of a contrast over the same thing is not the first side
    ("China proposed a peace plan for Myanmar. Thailand supports the plan, but the junta has rejected it.",
     [("state:MM", "Oppose", "init:peace plan for myanmar", "positive", "asserted")],
     [("state:TH", "Oppose", "init:peace plan for myanmar", "positive")]),
    # "had no plans to" is told by whoever tells its holder's clause; a "not" on "have" denies the plan once
    ("The Kremlin said Russia had no plans to attack Moldova.",
     [("state:RU", "Attack", "state:MD", "negative", "intended")], [("state:RU", "Attack", "state:MD", "positive")]),
    ("Russia did not have any plans to attack Moldova.",
     [("state:RU", "Attack", "state:MD", "negative", "intended")], [("state:RU", "Attack", "state:MD", "positive")]),
    # the "we" of a quote told by a titled speaker: the titled speaker's (probe 27)
    ("\"We will not take part in any military operation against Iran,\" the Qatari emir said.",
     [("state:QA", "Participate", "init:military operation against iran", "negative", "intended")], []),
    ("\"We will send 2,000 soldiers to Haiti,\" Benin's president Patrice Talon said after meeting Ruto.",
     [("person:patrice talon", "ProvideMilitaryAid", "state:HT", "positive", "intended")], []),
    # claiming an attack (or responsibility for it) owns it; a claim not made says nothing of the deed
    ("The TTP claimed responsibility for the attack on Pakistani police.",
     [("org:ttp", "Attack", "state:PK", "positive", "asserted")], []),
    ("The Houthis have claimed several attacks on Israel.", [("org:houthis", "Attack", "state:IL", "positive", "asserted")], []),
    ("Hamas did not claim responsibility for the attack on Israel.", [],
     [("org:hamas", "Attack", "state:IL", "positive"), ("org:hamas", "Attack", "state:IL", "negative")]),
    # backing given "to" someone; a batch's own "on"
    ("China offered its backing to Myanmar.", [("state:CN", "Support", "state:MM", "positive", "asserted")], []),
    ("The European Union suspended a swathe of sanctions on Syria's energy sector.",
     [(EU, "Sanction", "state:SY", "negative", "asserted")], [(EU, "Sanction", "state:SY", "positive")]),
    # "struck / hit back" answers the hit just told, in the same sentence or the one before
    ("Tajik forces shelled villages in Kyrgyzstan's Batken region and Kyrgyz troops struck back with drones.",
     [("state:KG", "Attack", "state:TJ", "positive", "asserted")], []),
    ("Israel bombed Iranian air defences on Friday. Iran hit back with missiles.",
     [("state:IR", "Attack", "state:IL", "positive", "asserted")], []),
    ("Israel bombed Iranian air defences on Friday. Iran has not yet struck back.",
     [("state:IR", "Attack", "state:IL", "negative", "asserted")], [("state:IR", "Attack", "state:IL", "positive")]),
    # a conference is a gathering one attends or leaves
    ("Pakistan has pulled out of a regional trade conference in Kabul.",
     [("state:PK", "Participate", "init:regional trade conference in kabul", "negative", "asserted")], []),
    # "the Caspian country" is a Caspian state, not the last state named
    ("France summoned Azerbaijan's ambassador after Ilham Aliyev accused Paris of \"neocolonial crimes\", "
     "escalating a feud that has overshadowed the U.N. climate conference the Caspian country is hosting.",
     [("state:AZ", "Participate", "init:united nations climate conference", "positive", "asserted")],
     [("state:FR", "Participate", "init:united nations climate conference", "positive")]),
    # a bare agreement concluded by two named sides is named after them, and found again later
    ("Ethiopia and Somaliland signed a memorandum of understanding in January. Somalia rejected the memorandum.",
     [("state:SO", "Oppose", "init:ethiopia somaliland memorandum", "positive", "asserted"),
      ("state:ET", "Agree", "init:ethiopia somaliland memorandum", "positive", "asserted")], []),
    ("Somalia rejected the deal.", [], [("state:SO", "Oppose", "init:deal", "positive")]),
    # "the agency" is a body whose known names say so
    ("Israel accused UNRWA of employing militants. Washington has stopped funding the agency.",
     [("state:US", "Fund", "org:unrwa", "negative", "asserted")], []),
    # a participle after "had" and an adverb, hung by the parser as an adjective, is the verb
    ("Bangladesh had earlier curbed imports of Indian yarn.", [("state:BD", "Sanction", "state:IN", "positive", "asserted")], []),
    # leave given lets someone do something; asylum seekers are people, not leave
    ("Russia has granted Assad asylum in Moscow.", [("state:RU", "Allow", "person:assad", "positive", "asserted")], []),
    ("Mexico granted asylum to Betssy Chavez.", [("state:MX", "Allow", "person:betssy chavez", "positive", "asserted")], []),
    ("Britain plans to send asylum seekers to Rwanda.", [], [("state:GB", "Allow", "state:RW", "positive")]),
    # a time clause the parser hangs on "pulled out of" is not what was pulled out of
    ("WHO members adopted an accord, capping three years of talks that the United States pulled out of when it "
     "quit the agency.", [("state:US", "MemberOf", "org:who", "negative", "asserted")],
     [("state:US", "MemberOf", "org:who", "positive")]),
    # "X-aligned" backs the body named after it
    ("Attacks by the Iran-aligned Houthi movement continued.", [("state:IR", "Support", "org:houthis", "positive", "asserted")], []),
    # goods sold, named by a noun, are trade; ties cultivated are ties
    ("Romania said it would step up electricity exports to Moldova.",
     [("state:RO", "Cooperate", "state:MD", "positive", "intended")], []),
    ("Togo has cultivated close ties with Mali.", [("state:TG", "Cooperate", "state:ML", "positive", "asserted")], []),
    # one involved in an effort takes part in it
    ("Washington, which was not involved in the Sudan peace talks, welcomed the outcome.",
     [("state:US", "Participate", "init:sudan peace talks", "negative", "asserted")],
     [("state:US", "Participate", "init:sudan peace talks", "positive")]),
    # a contingent is personnel, sent to the mission the story is about
    ("Kenya is leading a multinational security mission in Haiti. Jamaica and Belize have deployed small contingents.",
     [("state:JM", "Participate", "init:multinational security mission in haiti", "positive", "asserted")], []),
    # an order to act is a request of the one ordered (not troops sent, nor an envoy expelled)
    ("The European Commission ordered TikTok to preserve data.",
     [("org:european-commission", "Request", "org:n:tiktok", "positive", "asserted")], []),
    ("The United States has ordered South Africa's ambassador to leave the country.", [],
     [("state:US", "Request", "state:ZA", "positive")]),
    ("The Pentagon ordered 1,000 troops to Poland.", [], [("org:pentagon", "Request", "state:PL", "positive")]),
    # "the ceasefire talks", parsed "the ceasefire / talks (a verb)", are talks
    ("Egypt and Qatar mediated the Gaza ceasefire talks.",
     [("state:EG", "Participate", "init:gaza ceasefire talks", "positive", "asserted"),
      ("state:QA", "Participate", "init:gaza ceasefire talks", "positive", "asserted")], []),
    ("Sudan boycotted the ceasefire talks on Monday.", [("state:SD", "Participate", "init:ceasefire talks", "negative", "asserted")], []),
    # one sticks to a deal as one abides by it
    ("Colombia signed a deportation agreement with the US. Bogota must stick to the deal.",
     [("state:CO", "Commit", "init:deportation agreement with united states", "positive", "obligated")], []),
    # "A and title B": B is the second one met, though the parser hung B on A
    ("U.N. Secretary-General Antonio Guterres hosted talks with Cypriot President Nikos Christodoulides and Turkish "
     "Cypriot leader Ersin Tatar.", [("person:antonio guterres", "Meet", "person:ersin tatar", "positive", "asserted")], []),
    # the host of talks in which others met meets them
    ("Paul Kagame and Felix Tshisekedi met in Doha in talks hosted by Qatar's emir.",
     [("state:QA", "Meet", "person:paul kagame", "positive", "asserted"),
      ("state:QA", "Meet", "person:felix tshisekedi", "positive", "asserted")], []),
    # praise of a bare event noun backs whoever did the act it points back at
    ("South Africa refused to join the sanctions on Russia. China praised the decision.",
     [("state:CN", "Support", "state:ZA", "positive", "asserted")], []),
    ("Germany sent tanks to Ukraine. Kyiv hailed the move.", [("state:UA", "Support", "state:DE", "positive", "asserted")], []),
    # … but a defended decision is the defender's own
    ("Thailand deported 40 Uyghurs to China last week. The United States sanctioned Thai officials. Prime Minister "
     "Paetongtarn Shinawatra defended the decision.", [], [("person:paetongtarn shinawatra", "Support", "state:US", "positive")]),
    # where a stance was voiced is not part of the act it judges; what a decision was on is
    ("The IOC recommended letting Russian athletes return to competition. Poland, Lithuania, Latvia and Estonia "
     "condemned the decision in a joint statement.", [("state:PL", "Criticize", "org:ioc", "positive", "asserted"),
                                                     ("state:EE", "Criticize", "org:ioc", "positive", "asserted")], []),
    ("The IOC recommended letting Russian athletes return to competition. Poland condemned the decision on sanctions.",
     [], [("state:PL", "Criticize", "org:ioc", "positive")]),
    # a bare event noun finds the doer named with the same noun a few sentences before
    ("Iraq will ask the coalition to leave, days after an American drone strike killed a militia commander in Baghdad. "
     "The strike drew anger. Baghdad condemned the strike as a blatant aggression.",
     [("state:IQ", "Criticize", "state:US", "positive", "asserted")], []),
    # a reaction an act drew is one on its doer; a capital it came from is its state
    ("Romania's decision drew sharp criticism from Washington.", [("state:US", "Criticize", "state:RO", "positive", "asserted")], []),
    ("Ecuadorean police stormed the Mexican embassy. The raid drew criticism from Mexico.",
     [("state:MX", "Criticize", "state:EC", "positive", "asserted")], []),
    ("Germany sent tanks to Ukraine, a move that drew praise from Poland.", [("state:PL", "Support", "state:DE", "positive", "asserted")],
     [("state:PL", "Support", "state:UA", "positive")]),
    ("Foreign Minister Robert Dussey said last week that Togo could consider joining the AES, a remark that drew a rebuke "
     "from Nigeria's Senate.", [], [("org:n:senate", "Criticize", "org:alliance-of-sahel-states", "positive")]),
    ("The statement marked a continuation of Hungary's policy of non-participation in military support for Ukraine, a "
     "stance that has drawn both criticism and curiosity from NATO allies.", [], [("org:nato", "Criticize", "state:UA", "positive")]),
    # a relative clause on a noun that describes a name acts on the name; not on a noun that cannot describe it
    ("Putin met Alexander Lukashenko, a leader the EU does not recognise.",
     [("org:european-union", "Support", "person:alexander lukashenko", "negative", "asserted")], []),
    ("Iran armed the Houthis, a group the United States has sanctioned.", [("state:US", "Sanction", "org:houthis", "positive", "asserted")], []),
    ("Ethiopia struck a deal with the breakaway region of Somaliland, a pact Mogadishu denounced as an attack on its sovereignty.",
     [], [("state:SO", "Criticize", "state:XS", "positive")]),
    # one named another's ally by a verb of naming works with it; a leader's "its" is the leader's state
    ("Denmark called the United States its closest ally.", [("state:DK", "Cooperate", "state:US", "positive", "asserted")], []),
    ("Danish Prime Minister Mette Frederiksen said Denmark would not cede the territory but called the United States its "
     "closest ally.", [("state:DK", "Cooperate", "state:US", "positive", "asserted")],
     [("person:mette frederiksen", "Cooperate", "state:US", "positive")]),
    ("Albanese described Japan as a key partner of Australia.", [("state:AU", "Cooperate", "state:JP", "positive", "asserted")], []),
    # "asset freezes" is a noun (the parser made "asset" the subject of "freezes"); a preposition on the
    # last of two measures is both measures'
    ("Canada imposed asset freezes on Venezuelan officials.", [("state:CA", "Sanction", "state:VE", "positive", "asserted")], []),
    ("Britain announced asset freezes and travel bans on Venezuelan officials.",
     [("state:GB", "Sanction", "state:VE", "positive", "asserted")], []),
    # forces or arms moved by a participle with no agent come from the state their modifier names
    ("North Korean soldiers sent to Russia's Kursk region have come under Ukrainian fire, Kyiv said.",
     [("state:KP", "ProvideMilitaryAid", "state:RU", "positive", "asserted")], []),
    ("About 11,000 North Korean troops have been deployed to Russia.",
     [("state:KP", "ProvideMilitaryAid", "state:RU", "positive", "asserted")], []),
    ("No Hungarian troops will be sent to Ukraine.", [("state:HU", "ProvideMilitaryAid", "state:UA", "negative", "intended")],
     [("state:HU", "ProvideMilitaryAid", "state:UA", "positive")]),
    ("The German tanks supplied to Ukraine arrived in March.",
     [("state:DE", "ProvideMilitaryAid", "state:UA", "positive", "asserted")], []),
    ("Drones supplied by Iran to Russia have hit Kyiv.", [("state:IR", "ProvideMilitaryAid", "state:RU", "positive", "asserted")], []),
    ("Frozen Russian assets transferred to Ukraine will pay for the army.", [], [("state:RU", "Fund", "state:UA", "positive")]),
    ("Some 28,500 American troops are stationed in South Korea.",
     [("state:US", "ProvideMilitaryAid", "state:KR", "positive", "asserted")], []),
    ("Pyongyang accused Washington of staging drills with South Korea, where some 28,500 American troops are stationed.",
     [("state:US", "ProvideMilitaryAid", "state:KR", "positive", "asserted")], []),
    # armed sides that fought or clashed each attacked the other; words between leaders are no fight
    ("In September 2022, Tajik and Kyrgyz forces fought with tanks, artillery and drones along the border.",
     [("state:TJ", "Attack", "state:KG", "positive", "asserted"), ("state:KG", "Attack", "state:TJ", "positive", "asserted")], []),
    ("Indian troops clashed with Chinese soldiers in the Galwan valley.",
     [("state:IN", "Attack", "state:CN", "positive", "asserted"), ("state:CN", "Attack", "state:IN", "positive", "asserted")], []),
    ("Ukrainian forces have not clashed with Belarusian troops.", [("state:UA", "Attack", "state:BY", "negative", "asserted")],
     [("state:UA", "Attack", "state:BY", "positive"), ("state:BY", "Attack", "state:UA", "positive")]),
    ("France clashed with Germany over the budget rules.", [], [("state:FR", "Attack", "state:DE", "positive")]),
    # a phrase the parser hangs on "begin" belongs to the act begun
    ("North Korean soldiers sent to Russia's Kursk region have come under fire, as South Korea signalled it could begin shipping weapons directly to Kyiv.",
     [("state:KR", "ProvideMilitaryAid", "state:UA", "positive", "possible")], [("state:KR", "ProvideMilitaryAid", "state:RU", "positive")]),
    # one kept "under" a measure is its target
    ("Haitian gang leader Jimmy Cherizier has been under U.N. sanctions since 2022.",
     [("org:united-nations", "Sanction", "person:jimmy cherizier", "positive", "asserted")], []),
    ("Iran, which is under U.S. sanctions, sold oil to China.", [("state:US", "Sanction", "state:IR", "positive", "asserted")], []),
    ("Belarus is not under U.S. sanctions.", [("state:US", "Sanction", "state:BY", "negative", "asserted")],
     [("state:US", "Sanction", "state:BY", "positive")]),
    # a body's chair named before the noun ("the rotating G20 presidency") is the body's
    ("Brazil, which holds the rotating G20 presidency, pledged to pay half of the costs.",
     [("state:BR", "LeaderOf", "org:g20", "positive", "asserted")], []),
    ("Poland does not hold the EU presidency.", [("state:PL", "LeaderOf", "org:european-union", "negative", "asserted")],
     [("state:PL", "LeaderOf", "org:european-union", "positive")]),
    # an agreement called for or talked of between two sides is none yet
    ("Qatar called for an agreement between Israel and Hamas.", [], [("state:IL", "Agree", "org:hamas", "positive")]),
    ("Talks on an agreement between Israel and Hamas stalled.", [], [("state:IL", "Agree", "org:hamas", "positive")]),
    # troops kept in a mission or force are a part in it
    ("The UN peacekeeping force in Cyprus patrols the buffer zone. Britain, which has about 250 soldiers in the force, backed the plan.",
     [("state:GB", "Participate", "init:united nations peacekeeping force in cyprus", "positive", "asserted")], []),
    ("Germany has no troops in the UN mission in Mali.", [("state:DE", "Participate", "init:united nations mission in mali", "negative", "asserted")],
     [("state:DE", "Participate", "init:united nations mission in mali", "positive")]),
    # arms bought from a capital are its arms supplied; "acquire" buys too (a seller "from" only)
    ("Vietnam met the United States. Hanoi could buy a squadron of F-16 fighter jets from Washington.",
     [(US, "ProvideMilitaryAid", "state:VN", "positive", "possible")], [("state:VN", "Cooperate", "place:washington", "positive")]),
    ("Australia will acquire nuclear-powered submarines from the United States.",
     [(US, "ProvideMilitaryAid", "state:AU", "positive", "intended")], []),
    ("Germany will acquire gas from Qatar.", [(DE, "Cooperate", "state:QA", "positive", "intended")], []),
    ("Britain will not acquire gas from Russia.", [("state:GB", "Cooperate", RU, "negative", "intended")],
     [("state:GB", "Cooperate", RU, "positive")]),
    # an object hung on the first of two verbs is the second's too when it follows both
    ("Algeria bankrolls and arms the Polisario Front.",
     [("state:DZ", "Fund", "org:polisario-front", "positive", "asserted"),
      ("state:DZ", "ProvideMilitaryAid", "org:polisario-front", "positive", "asserted")], []),
    ("Algeria does not bankroll or arm the Polisario Front.",
     [("state:DZ", "ProvideMilitaryAid", "org:polisario-front", "negative", "asserted")],
     [("state:DZ", "ProvideMilitaryAid", "org:polisario-front", "positive")]),
    # missiles and rockets stand for the state that fires them; "X-led" fighters for X
    ("Russian missiles struck Kyiv overnight, killing five people.", [(RU, "Attack", UA, "positive", "asserted")], []),
    ("Iranian rockets hit northern Israel on Monday.", [("state:IR", "Attack", "state:IL", "positive", "asserted")], []),
    ("Hamas-led gunmen stormed southern Israel on Saturday.", [("org:hamas", "Attack", "state:IL", "positive", "asserted")], []),
    # penalties and measures against an actor are sanctions
    ("The United States, Britain and Canada announced parallel measures against Belarusian state companies.",
     [(US, "Sanction", "state:BY", "positive", "asserted"), ("state:CA", "Sanction", "state:BY", "positive", "asserted")], []),
    ("The United States has not imposed any penalty on Turkey over the move.",
     [(US, "Sanction", "state:TR", "negative", "asserted")], [(US, "Sanction", "state:TR", "positive")]),
    # "it" in a relative clause is the subject of the verb the clause hangs in, when the parser
    # made another verb the root
    ("Australia belongs to the AUKUS pact with the United States and Britain, under which it will acquire nuclear-powered submarines from Washington, an arrangement Beijing has denounced as a threat to regional stability.",
     [(US, "ProvideMilitaryAid", "state:AU", "positive", "intended")], [(US, "ProvideMilitaryAid", "state:GB", "positive")]),
    # a lowercase word tagged a facility is no place ("mosques")
    ("Islamabad said Indian missiles had hit mosques and killed civilians, and its army shelled Indian positions along the Line of Control.",
     [("state:PK", "Attack", "state:IN", "positive", "asserted")], [("state:IN", "Attack", "place:mosques", "positive")]),
    # a group "linked to" another works with it (the one a description describes); an "X-linked"
    # group works with X
    ("Ankara regards the YPG as a terrorist group linked to the outlawed Kurdistan Workers' Party.",
     [("org:ypg", "Cooperate", "org:pkk", "positive", "asserted")], []),
    ("The ADF, a group linked to Islamic State, killed 20 people.",
     [("org:n:adf", "Cooperate", "org:islamic-state", "positive", "asserted")], []),
    ("Ethiopia sent troops to fight the al Qaeda-linked al Shabaab group.",
     [("org:al-shabaab", "Cooperate", "org:al-qaeda", "positive", "asserted"),
      ("state:ET", "Attack", "org:al-shabaab", "positive", "asserted")], [("org:al-qaeda", "Cooperate", "org:al-shabaab", "positive")]),
    # a bond with a partner, kept or blocked, is the partner
    ("Germany is committed to its alliance with France.", [(DE, "Commit", "state:FR", "positive", "asserted")], []),
    ("Indonesia would not stand in the way of closer ties with Australia.",
     [("state:ID", "Block", "state:AU", "negative", "intended")], [("state:ID", "Block", "state:AU", "positive")]),
    # a visit paid is a meeting; money paid is still money
    ("Macron is expected to pay a state visit to Morocco.", [("person:macron", "Meet", "state:MA", "positive", "intended")], []),
    ("Qatar paid 50 million dollars to Lebanon.", [("state:QA", "Fund", "state:LB", "positive", "asserted")], []),
    # "its Russian allies" are Russia (not the bloc of the one "its" stands for)
    ("North Korea would stand with its Russian allies until victory.",
     [("state:KP", "Support", RU, "positive", "intended")], []),
    # a finite verb with its own complement, then "and" and another finite act: two acts, and the
    # first one's "no longer" is not the second's
    ("The CMA said it no longer felt bound by the deal and accused the army and its Russian partners of killing civilians in the north.",
     [("org:n:cma", "Criticize", RU, "positive", "asserted")], [("org:n:cma", "Criticize", RU, "negative")]),
    # a body counted by its members is the grouping named before; "in which X is a member"
    ("India will not join the Regional Comprehensive Economic Partnership. The 15-member pact, which includes China, Japan and Australia, took effect in January.",
     [("state:CN", "MemberOf", "org:n:regional comprehensive economic partnership", "positive", "asserted"),
      ("state:AU", "MemberOf", "org:n:regional comprehensive economic partnership", "positive", "asserted")], []),
    ("Milei pulled Argentina out of plans to join the BRICS group, in which China is a founding member.",
     [("state:CN", "MemberOf", "org:brics", "positive", "asserted")], []),
    # a given name that opens the story's one full name is that person; a first name after
    # "counterpart" is part of the name
    ("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke in Doha. CIA Director William Burns met Egyptian intelligence chief Abbas Kamel and Sheikh Mohammed in Cairo.",
     [("person:william burns", "Meet", "person:mohammed bin abdulrahman al thani", "positive", "asserted")],
     [("person:william burns", "Meet", "person:mohammed", "positive")]),
    ("Somali Foreign Minister Ahmed Moalim Fiqi and his Ethiopian counterpart Taye Atske Selassie did not meet face to face.",
     [("person:ahmed moalim fiqi", "Meet", "person:taye atske selassie", "negative", "asserted")], []),
    # talking to someone is talks with them; denying a refusal to talk is talks
    ("Bulgarian Foreign Minister Teodora Genchovska denied that Sofia had refused to talk to Skopje.",
     [("state:BG", "Meet", "state:MK", "positive", "asserted")], [("state:BG", "Meet", "state:MK", "negative")]),
    ("The EU would keep talking to Tunis about migration.", [("org:european-union", "Meet", "state:TN", "positive", "intended")], []),
    # solidarity shown beside an act, and a call made to offer it, back the one it is with
    ("The EU stood in full solidarity with Lithuania and Poland.",
     [("org:european-union", "Support", "state:LT", "positive", "asserted"),
      ("org:european-union", "Support", "state:PL", "positive", "asserted")], []),
    ("Nicaragua broke off relations with Ecuador in solidarity with Mexico.",
     [("state:NI", "Support", "state:MX", "positive", "asserted"), ("state:NI", "Cooperate", "state:EC", "negative", "asserted")],
     [("state:NI", "Cooperate", "state:MX", "negative")]),
    ("Turkish President Tayyip Erdogan called Azerbaijani President Ilham Aliyev to express solidarity.",
     [("person:tayyip erdogan", "Support", "person:ilham aliyev", "positive", "asserted")], []),
    ("Erdogan did not call Aliyev to express solidarity.", [], [("person:erdogan", "Support", "person:aliyev", "negative")]),
    ("Ukraine's foreign minister Andrii Sybiha offered condolences to Azerbaijan.",
     [("person:andrii sybiha", "Support", "state:AZ", "positive", "asserted")], []),
    # what one did at another's request was asked of one; at another's invitation, let
    ("Russia sent troops to Armenia at Yerevan's request.", [("state:AM", "Request", RU, "positive", "asserted")], []),
    ("US troops remain in Iraq at the invitation of the Iraqi government.", [("state:IQ", "Allow", US, "positive", "asserted")], []),
    ("Russia did not send troops at Yerevan's request.", [], [("state:AM", "Request", RU, "positive")]),
    # a charge the accused denies ("a charge X denies", "which X denies") is the act, denied by them
    ("Congo accuses Rwanda of backing the M23 rebels, a charge Kigali denies.",
     [("state:RW", "Support", "org:m23", "negative", "asserted"), ("state:CD", "Criticize", "state:RW", "positive", "asserted")],
     [("state:RW", "Support", "org:m23", "positive")]),
    ("Congo says Rwanda backs the M23 rebels, a charge Kigali denies.",
     [("state:RW", "Support", "org:m23", "negative", "asserted")], [("state:RW", "Support", "org:m23", "positive")]),
    ("Rwanda is accused of backing the M23 rebels, which Kigali denies.",
     [("state:RW", "Support", "org:m23", "negative", "asserted")], [("state:RW", "Support", "org:m23", "positive")]),
    ("Congo accuses Rwanda of backing the M23 rebels, a charge Uganda denies.", [],
     [("state:RW", "Support", "org:m23", "negative"), ("state:RW", "Support", "org:m23", "positive")]),
    ("Congo says Uganda backs the M23 rebels, which Kigali denies.", [], [("state:UG", "Support", "org:m23", "negative")]),
    # "our Danish friends", "its Ukrainian neighbours": the state the demonym names
    ("Store said Oslo \"stands with our Danish friends\".", [("state:NO", "Support", "state:DK", "positive", "asserted")], []),
    ("Poland will keep arming its Ukrainian neighbours.", [("state:PL", "ProvideMilitaryAid", "state:UA", "positive", "intended")], []),
    # a full name tagged a body with an office beside it is a person, and its surname alone is too
    ("Danish Prime Minister Mette Frederiksen spoke after hosting Greenland's premier, Mute Egede, for talks at her "
     "official residence. Trump's son, Donald Trump Jr., flew into the capital Nuuk for a brief private visit but did "
     "not meet Egede or any member of his cabinet. Egede, who heads the island's self-rule government, said "
     "Greenlanders did not want to be Americans. He rejected any sale of Greenland.",
     [("person:donald trump jr", "Meet", "person:mute egede", "negative", "asserted"),
      ("person:mute egede", "Oppose", "init:sale of greenland", "positive", "asserted")],
     [("person:donald trump jr", "Oppose", "init:sale of greenland", "positive"),
      ("person:donald trump jr", "Meet", "org:n:egede", "negative")]),
    # goods set in apposition to who gets them; a sum's "in …" hung on the verb still says what it is
    ("The United States has handed Sri Lanka's navy a decommissioned coast guard cutter.",
     [("state:US", "ProvideMilitaryAid", "state:LK", "positive", "asserted")], []),
    ("The United States has delivered 90 million dollars in security assistance to Ecuador.",
     [("state:US", "ProvideMilitaryAid", "state:EC", "positive", "asserted")], []),
    ("Japan gave 50 million dollars in March to Ecuador.", [("state:JP", "Fund", "state:EC", "positive", "asserted")],
     [("state:JP", "ProvideMilitaryAid", "state:EC", "positive")]),
    # a sum frozen in aid is the aid frozen; aid "earmarked for" someone is theirs
    ("The EU froze 30 million euros in military assistance earmarked for the Georgian army.",
     [("org:european-union", "ProvideMilitaryAid", "state:GE", "negative", "asserted")],
     [("org:european-union", "ProvideMilitaryAid", "state:GE", "positive")]),
    # "the two sides" just after two have dealt with each other are those two
    ("Spain backed the tariffs. Chinese Commerce Minister Wang Wentao has held several rounds of talks with EU trade "
     "chief Valdis Dombrovskis, but the two sides have failed to agree.",
     [("person:wang wentao", "Agree", "person:valdis dombrovskis", "negative", "asserted")],
     [("state:CN", "Agree", "state:ES", "negative"), ("state:ES", "Agree", "state:CN", "negative")]),
    # a lone lowercase word tagged a body ("navy") is read as the description it is
    ("The United States, which handed a decommissioned coast guard cutter to the Sri Lankan navy last year, has also "
     "pushed Colombo to tighten oversight of foreign vessels.",
     [("state:US", "ProvideMilitaryAid", "state:LK", "positive", "asserted")], [("state:US", "ProvideMilitaryAid", "org:n:navy", "positive")]),
    # a crossing that names no state is on the one border the story has just named
    ("Finland will close its last open crossings on the Russian border from Thursday. Estonia said it would shut two of "
     "its smaller crossings overnight from next week. Norway said it had no plans for now to close its single crossing at Storskog.",
     [("state:EE", "Sanction", RU, "positive", "intended"), ("state:NO", "Sanction", RU, "negative", "intended")],
     [("state:NO", "Sanction", RU, "positive")]),
    ("Finland will close its crossings on the Russian border. Nearly 1,000 migrants have reached the Finnish border this "
     "month. Estonia said it would shut two of its smaller crossings.",
     [("state:EE", "Sanction", RU, "positive", "intended")], [("state:EE", "Sanction", "state:FI", "positive")]),
    ("Finland will close all crossings on its eastern border. Estonia is ready to close its own crossings.", [],
     [("state:EE", "Sanction", "state:FI", "positive")]),
    # following suit, doing the same, following another: the act just told, by another
    ("Lithuania closed two of its six crossings on the border with Belarus on Friday. Latvia is expected to follow suit.",
     [("state:LV", "Sanction", "state:BY", "positive", "intended")], []),
    ("China banned imports of Japanese seafood in August. South Korea did not follow suit.",
     [("state:KR", "Sanction", "state:JP", "negative", "asserted")], [("state:KR", "Sanction", "state:JP", "positive")]),
    ("China banned all imports of Japanese seafood last week. Russia is weighing curbs of its own and may follow Beijing.",
     [("state:RU", "Sanction", "state:JP", "positive", "possible")], []),
    ("The RSF said it would accept a ceasefire if the army did the same.", [],
     [("org:sudanese-armed-forces", "Agree", "init:ceasefire", "positive")]),
    ("Germany sent tanks to Ukraine. Poland followed the talks closely.", [],
     [("state:PL", "ProvideMilitaryAid", "state:UA", "positive")]),
    ("Germany did not send tanks to Ukraine. Poland followed suit.", [],
     [("state:PL", "ProvideMilitaryAid", "state:UA", "positive"), ("state:PL", "ProvideMilitaryAid", "state:UA", "negative")]),
    # observers sent with nothing said of what they watch go to the vote the story is about
    ("Myanmar's junta held a general election on Sunday. ASEAN said it would not send observers. Russia and Belarus "
     "dispatched observers.",
     [("org:asean", "Participate", "init:general election", "negative", "intended"),
      ("state:RU", "Participate", "init:general election", "positive", "asserted")],
     [("org:asean", "Participate", "init:asean observers", "negative")]),
    # (only when the vote is what the story is most about: a ceasefire's story sends its own)
    ("Thailand and Cambodia agreed a ceasefire on Monday. The ceasefire held overnight, and the ceasefire talks will "
     "resume. An election is due next year. Malaysia sent observers.", [],
     [("state:MY", "Participate", "init:election", "positive")]),
    ("Thailand and Cambodia clashed on the border. The EU deployed 100 civilian monitors.",
     [("org:european-union", "Participate", "init:european union civilian monitors", "positive", "asserted")], []),
    # "do so" is not read: the act it repeats is often one no statement was made of, and its
    # polarity mixes the act's own with the clause's ("urged the EU to scrap the deal, but the
    # Commission had no plans to do so" would have the Commission cut ties)
    ("Climate groups have urged the European Union to scrap the agreement with Azerbaijan, but the Commission said it "
     "had no plans to do so.", [], [("org:european-commission", "Cooperate", "state:AZ", "negative")]),
    # a known name inside a longer one the model tagged stays inside it
    ("Honduras formally recognised the People's Republic of China on Sunday.",
     [("state:HN", "Support", "state:CN", "positive", "asserted")], [("state:HN", "Support", "state:TW", "positive")]),
    # a closure far from the others still shuts the one state every closure of the story shut out
    ("Finland will close all but one of its crossings on the Russian border from Thursday. Nearly 900 migrants have "
     "reached the border since August. The Kremlin denied the accusation. Finland joined NATO in April. President Sauli "
     "Niinisto said Finland would not be intimidated. Frontex said it would send 50 officers to help guard the frontier. "
     "Von der Leyen said the bloc stood with Finland. Estonia is ready to close its own crossings if necessary.",
     [("state:EE", "Sanction", RU, "positive", "possible")], []),
    # a body named by its kind after its name ("the Kreni-Promeni movement") is the body
    ("Savo Manojlovic, who heads the Kreni-Promeni movement, joined the protest.",
     [("person:savo manojlovic", "LeaderOf", "org:n:kreni promeni", "positive", "asserted")], []),
    # observers sent to watch something are named with what they watch (the monitoring, not the truce)
    ("Malaysia was prepared to send observers to monitor the truce, Anwar said on Monday.",
     [("state:MY", "Participate", "init:malaysia observers to monitor the truce", "positive", "intended")],
     [("state:MY", "Participate", "init:truce", "positive")]),
    # an event noun points back at an act of its kind told in a side clause; a refusal to condemn it stays negative
    ("India has bought Russian oil since Moscow invaded Ukraine. Refiners imported a million barrels a day. "
     "The minister defended the purchases. New Delhi has not condemned the invasion.",
     [("state:IN", "Criticize", RU, "negative", "asserted")], [("state:IN", "Criticize", RU, "positive")]),
    # "forced their way into" storms; the raid is then theirs, however the condemnation calls it
    ("Mexico cut ties with Ecuador after Ecuadorian police forced their way into the Mexican embassy in Quito. "
     "Officials said the ambassador was wrestled to the ground. Mexican President Andres Manuel Lopez Obrador "
     "called the raid an authoritarian act.",
     [("state:EC", "Attack", "state:MX", "positive", "asserted"),
      ("person:andres manuel lopez obrador", "Criticize", "state:EC", "positive", "asserted")], []),
    ("Mexico cut ties with Ecuador after Ecuadorian police forced their way into the Mexican embassy in Quito. "
     "Officials said the ambassador was wrestled to the ground. Mexico said it would go to the world court. "
     "Brazil and Colombia criticised the breach of the embassy's inviolability.",
     [("state:BR", "Criticize", "state:EC", "positive", "asserted")], []),
    # "the seizure of the buffer zone" with "as" hung on the noun: the seizer's act
    ("Israel has bombed targets across Syria and sent troops into the buffer zone. Netanyahu said the deployment "
     "was temporary. "
     "The U.N. said the peacekeepers would stay. Egypt and Qatar denounced the seizure of the buffer zone as a "
     "violation of Syrian sovereignty.",
     [("state:EG", "Criticize", "state:IL", "positive", "asserted")], []),
    # "the Group of 20 summit" is the summit, not the group (a name the parser split at its number)
    ("Donald Trump said he will not attend the Group of 20 summit in Johannesburg.",
     [("person:donald trump", "Participate", "init:group of twenty summit in johannesburg", "negative", "intended")],
     [("person:donald trump", "Participate", "org:g20", "negative")]),
    # a participle's act has no subject of its own: "the strike" is still the American one named before
    ("Iraq will ask the U.S.-led coalition fighting Islamic State to leave, days after an American drone strike "
     "killed a militia commander in Baghdad. Sudani said the coalition's presence had ended. Baghdad condemned the "
     "strike as a blatant aggression.",
     [("state:IQ", "Criticize", "state:US", "positive", "asserted")], [("state:IQ", "Criticize", "state:IQ", "positive")]),
    # "the deployment" is not pointed at an act told in a side clause ("help the nation fight gangs")
    ("A Kenyan court barred the government from deploying police officers to Haiti, dealing a blow to a mission meant "
     "to help the Caribbean nation fight armed gangs. The government said it would appeal. Kenya's parliament "
     "approved the deployment of 1,000 officers in November.",
     [], [("state:KE", "Allow", "state:HT", "positive")]),
    # a national agency's act pointed back at is its state's
    ("The Pentagon said its forces had struck a militia headquarters in Baghdad. Iraq said it would review the "
     "presence of foreign troops. Iran's foreign ministry spokesman called the strike a terrorist act.",
     [("state:IR", "Criticize", "state:US", "positive", "asserted")], [("state:IR", "Criticize", "org:pentagon", "positive")]),
    # a law by its title is an object; "an act of aggression" is a deed, not a law
    ("Germany condemned the Expropriation Act.",
     [("state:DE", "Criticize", "init:expropriation act", "positive", "asserted")], []),
    ("Russia condemned the strike as an act of aggression.",
     [], [("state:RU", "Criticize", "init:act of aggression", "positive")]),
    # "the result" of a vote is the election named before; results in general are nothing
    ("Venezuela held a presidential election in July. Brazil has not recognised the result.",
     [("state:BR", "Support", "init:presidential election", "negative", "asserted")], []),
    ("Myanmar's junta will hold a general election in December. Washington would not recognise its outcome.",
     [("state:US", "Support", "init:general election", "negative", "intended")], []),
    # "its neighbour" with no other state in the sentence is the state the story is filed from
    ("CARACAS, Jan 11 (News) - Maduro was sworn in as Venezuela's president. Brazilian President Lula skipped the "
     "ceremony. Petro said Colombia would not break off relations with its neighbour.",
     [("state:CO", "Cooperate", "state:VE", "positive", "intended")], [("state:CO", "Cooperate", "state:BR", "positive")]),
    # accepting or refusing "the offer" is a stance on who made it, even when the offer itself names no one
    ("Moldova offered to help Transnistria buy gas. Tiraspol has not accepted the offer.",
     [("state:XT", "Agree", "state:MD", "negative", "asserted")], []),
    ("Volodymyr Zelenskiy accused Robert Fico of blackmail and offered to pipe gas to Slovakia. Bratislava has not "
     "accepted the offer.",
     [("state:SK", "Agree", "person:volodymyr zelenskiy", "negative", "asserted")], []),
    ("Moldova did not offer to help Transnistria buy gas. Tiraspol has not accepted the offer.",
     [], [("state:XT", "Agree", "state:MD", "negative")]),
    # trade goods "targeted" are hit by a trade measure, not struck; a depot is struck
    ("Mexico could target American farm goods if the negotiations fail.",
     [("state:MX", "Sanction", "state:US", "positive", "possible")], [("state:MX", "Attack", "state:US", "positive")]),
    ("Russia hit Ukrainian grain silos in Odesa.",
     [("state:RU", "Attack", "state:UA", "positive", "asserted")], []),
    # the description after a named body is that body's, though the parser hung it on the subject
    ("Wagner has fought against the Coalition of Patriots for Change, a rebel alliance led by Francois Bozize.",
     [("person:francois bozize", "LeaderOf", "org:n:coalition of patriots for change", "positive", "asserted")],
     [("person:francois bozize", "LeaderOf", "org:n:wagner", "positive")]),
    # judging words judges their speaker: the owner, the one just heard, the one who said them
    ("Scott Bessent accused Beijing of signing predatory deals. Chinese foreign ministry spokesman Lin Jian dismissed "
     "the remarks as irresponsible.",
     [("person:lin jian", "Criticize", "person:scott bessent", "positive", "asserted")],
     [("person:lin jian", "Oppose", "person:scott bessent", "positive")]),
    ("French minister Agnes Pannier-Runacher called Ilham Aliyev's remarks unacceptable.",
     [("person:agnes pannier runacher", "Criticize", "person:ilham aliyev", "positive", "asserted")], []),
    ("Senator John Smith said the US should reevaluate ties with Qatar, a remark Qatar called unhelpful.",
     [("state:QA", "Criticize", "person:john smith", "positive", "asserted")], [("state:QA", "Criticize", "state:US", "positive")]),
    # a statement issued jointly is no one's alone
    ("Sweden, Finland and Norway issued a joint statement backing Denmark. Russia rejected the statement as hostile.",
     [], [("state:RU", "Criticize", "state:NO", "positive")]),
    # a "that" clause in the bare form after a verb of proposing is wanted, not done (nor refused)
    ("The EU proposed that Hungary impose sanctions on Russia.", [], [("state:HU", "Sanction", "state:RU", "positive")]),
    ("Brussels insisted that Hungary impose sanctions on Russia.", [], [("state:HU", "Sanction", "state:RU", "positive")]),
    ("The court ruled that Israel halt its offensive in Rafah.", [], [("state:IL", "Attack", "place:rafah", "negative")]),
    ("The panel recommended that Kenya lift the ban on Ugandan imports.", [], [("state:KE", "Sanction", "state:UG", "negative")]),
    # (told, not wanted, in the indicative or with a modal)
    ("The EU suggested that Hungary imposes sanctions on Russia.",
     [("state:HU", "Sanction", "state:RU", "positive", "asserted")], []),
    ("Macron insisted that France would keep funding UNRWA.", [("state:FR", "Fund", "org:unrwa", "positive", "intended")], []),
    # what is suggested is possible only
    ("Germany suggested sending tanks to Ukraine.", [("state:DE", "ProvideMilitaryAid", "state:UA", "positive", "possible")], []),
    # a railway is a project one funds or backs
    ("Beijing will finance the railway to Kyrgyzstan.",
     [("state:CN", "Fund", "init:railway to kyrgyzstan", "positive", "intended")], []),
    # a claim made against the subject is remembered for longer than the last claim of anyone's
    ("Guyana accused Venezuela of massing troops near the Essequibo. Georgetown closed two river crossings. "
     "Brazil sent armoured vehicles to its northern border. Caracas held a referendum on the region. "
     "The Venezuelan foreign ministry rejected the accusations.",
     [("state:VE", "Oppose", "state:GY", "positive", "asserted")], []),
    ("Guyana accused Suriname of delaying the survey. Georgetown closed two river crossings. "
     "Brazil sent armoured vehicles to its northern border. Caracas held a referendum on the region. "
     "The Venezuelan foreign ministry rejected the accusations.",
     [], [("state:VE", "Oppose", "state:GY", "positive")]),
    # (one's own claim is not what one rejects; a claim with an owner names it)
    ("Serbia accused Kosovo of provocations. Serbia rejected the allegation that it had armed the gunmen.",
     [], [("state:RS", "Oppose", "state:RS", "positive")]),
    # "Congo" is the DR Congo of the story about Kinshasa and Goma, the Republic's in Brazzaville's
    ("Congo's army retook Goma from the rebels. Angola pledged to send troops to Congo.",
     [("state:AO", "ProvideMilitaryAid", "state:CD", "positive", "intended")], [("state:AO", "ProvideMilitaryAid", "state:CG", "positive")]),
    ("Gabon pledged to send troops to Congo, the government in Brazzaville said.",
     [("state:GA", "ProvideMilitaryAid", "state:CG", "positive", "intended")], []),
    # "sending troops of its own" is joining the fight, not more help for those it trained
    ("Ghana has trained Liberian army units for years and is unlikely to send troops of its own.",
     [("state:GH", "ProvideMilitaryAid", "state:LR", "positive", "asserted")], [("state:GH", "ProvideMilitaryAid", "state:LR", "negative")]),
    # warning someone that one would retaliate threatens them (a warning of what may befall
    # them otherwise is no threat of one's own)
    ("Turkey warned Greece that it would respond.", [("state:TR", "Threaten", "state:GR", "positive", "asserted")], []),
    ("The IMF warned Egypt it would face a slowdown.", [], [("org:imf", "Threaten", "state:EG", "positive")]),
    # a body that suspends or expels a state (or its membership) no longer counts it a member;
    # suspended "from the bloc's activities" by an organ, from the bloc
    ("ECOWAS suspended Guinea after the coup.", [("state:GN", "MemberOf", "org:ecowas", "negative", "asserted")],
     [("state:GN", "MemberOf", "org:ecowas", "positive")]),
    ("The African Union suspended Sudan's membership in 2021.",
     [("state:SD", "MemberOf", "org:african-union", "negative", "asserted")], []),
    ("The African Union's Peace and Security Council suspended Niger from all of the bloc's activities.",
     [("state:NE", "MemberOf", "org:african-union", "negative", "asserted")], []),
    ("ECOWAS suspended sanctions on Guinea.", [], [("state:GN", "MemberOf", "org:ecowas", "negative")]),
    # an arrangement with someone is cooperation with them, denied or held possible with its verb
    ("Tonga did not rule out similar arrangements with India.", [("state:TO", "Cooperate", "state:IN", "positive", "possible")], []),
    ("Samoa said it would scrap a police training arrangement with China.",
     [("state:WS", "Cooperate", "state:CN", "negative", "intended")], [("state:WS", "Cooperate", "state:CN", "positive")]),
    # a restriction hits whence the goods come, and whose officials it names ("current and
    # former X officials", parsed with the demonym a conjunct of "current")
    ("India slapped anti-dumping duties on steel imported from Vietnam.", [("state:IN", "Sanction", "state:VN", "positive", "asserted")], []),
    ("Canada imposed visa bans on current and former Thai officials.",
     [("state:CA", "Sanction", "state:TH", "positive", "asserted")], []),
    # one sanctions or attacks someone: "sanctions on Venezuelan oil sales" sanction no "sales"; a
    # war fought "with" a state attacks it
    ("Britain said it would keep enforcing its sanctions on Venezuelan oil sales.", [],
     [("state:GB", "Sanction", "init:venezuelan oil sales", "positive")]),
    ("Armenia fought a six-week war with Azerbaijan in 2020.", [("state:AM", "Attack", "state:AZ", "positive", "asserted")],
     [("state:AM", "Attack", "init:six week war with azerbaijan", "positive")]),
    # one bound by a treaty is committed to it, and "no longer felt bound" is the negation; "their"
    # after a conjoined subject is all of them
    ("Ghana would not be bound by the Lome treaty.", [("state:GH", "Commit", "init:lome treaty", "negative", "intended")],
     [("state:GH", "Commit", "init:lome treaty", "positive")]),
    ("The FLNKS said it no longer felt bound by the Noumea accord.",
     [("org:n:flnks", "Commit", "init:noumea accord", "negative", "asserted")], [("org:n:flnks", "Commit", "init:noumea accord", "positive")]),
    ("Ghana and Togo reaffirmed their commitment to the Lome ceasefire.",
     [("state:GH", "Commit", "init:lome ceasefire", "positive", "asserted"), ("state:TG", "Commit", "init:lome ceasefire", "positive", "asserted")], []),
    # officials "in" a capital speak for its state
    ("Officials in Niamey did not rule out asking Turkey for more drones.",
     [("state:NE", "Request", "state:TR", "positive", "possible")], []),
    # harbouring an armed group backs it, and denying it is no backing
    ("Syria denies harbouring Hamas, the ministry said.", [("state:SY", "Support", "org:hamas", "negative", "asserted")],
     [("state:SY", "Support", "org:hamas", "positive")]),
    # "X and Y ministers" are each state's; "indirect talks between X and Y" meet through the host
    ("Ankara hosted Armenian and Azerbaijani deputy ministers last week.",
     [("state:TR", "Meet", "state:AM", "positive", "asserted"), ("state:TR", "Meet", "state:AZ", "positive", "asserted")], []),
    ("Oman hosted indirect talks between Iran and the United States in Muscat.",
     [("state:OM", "Meet", "state:IR", "positive", "asserted"), ("state:OM", "Meet", US, "positive", "asserted")],
     [("state:IR", "Meet", US, "positive")]),
    # calling a race "for" someone asks nothing of them; evidence "supporting the claim" backs no
    # one; cooperating with an investigation is no cooperation with a party
    ("The Associated Press called Arizona for Joe Biden late on Thursday.", [],
     [("org:associated-press", "Request", "person:joe biden", "positive")]),
    ("Peru accused Chile of spying. Ecuador said it had evidence supporting the claim.", [],
     [("state:EC", "Support", "state:PE", "positive")]),
    ("Russia is unlikely to cooperate with the Finnish investigation.", [],
     [("state:RU", "Cooperate", "init:finnish investigation", "negative")]),
    # pushing or calling "for X to do" something asks X; calling for a thing asks no one
    ("Paris and Berlin pushed for Warsaw to accept the migration pact.",
     [("state:FR", "Request", "state:PL", "positive", "asserted"), ("state:DE", "Request", "state:PL", "positive", "asserted")], []),
    ("The African Union called for Ethiopia to withdraw its troops.", [("org:african-union", "Request", "state:ET", "positive", "asserted")], []),
    ("The EU presses Meta probe, the Commission said.", [], [("org:european-union", "Request", "init:meta probe", "positive")]),
    # discussing something with someone is talking with them; "the war with X" is no one's talks
    ("Japanese Foreign Minister Takeshi Iwaya said he had discussed the tariffs with U.S. Secretary of State Marco Rubio.",
     [("person:takeshi iwaya", "Meet", "person:marco rubio", "positive", "asserted")], []),
    ("Armenia refused to discuss the corridor with Azerbaijan.", [("state:AM", "Meet", "state:AZ", "negative", "asserted")],
     [("state:AM", "Meet", "state:AZ", "positive")]),
    ("Zelensky discussed the war with Russia at length.", [], [("person:zelensky", "Meet", "state:RU", "positive")]),
    # "X, a [description] who …": the clause is about the one named, not the description
    ("Colombian President Gustavo Petro, a leftist who has often condemned the United States, flew to Beijing.",
     [("person:gustavo petro", "Criticize", US, "positive", "asserted")], []),
    ("Turkey, Azerbaijan's closest ally, which has armed Baku for years, urged calm.",
     [("state:TR", "ProvideMilitaryAid", "state:AZ", "positive", "asserted")], []),
    # paying for a share of what someone owns funds its owner
    ("Japan has bankrolled much of Cambodia's road network.", [("state:JP", "Fund", "state:KH", "positive", "asserted")], []),
    # one takes part in an effort or a body, never in a country: envoys sent to a state, an
    # "involvement in" a state
    ("Qatar and Egypt sent envoys to Israel and Lebanon.", [],
     [("state:QA", "Participate", "state:IL", "positive"), ("state:EG", "Participate", "state:LB", "positive")]),
    ("Critics view the EU's military involvement in Mali as a mistake.", [],
     [("org:european-union", "Participate", "state:ML", "positive")]),
    # what was done "rather than" an act says the act was not done
    ("India abstained in the vote rather than block the climate finance deal.",
     [("state:IN", "Block", "init:climate finance deal", "negative", "asserted")], [("state:IN", "Block", "init:climate finance deal", "positive")]),
    ("Kenya chose quiet diplomacy rather than imposing sanctions on Uganda.",
     [("state:KE", "Sanction", "state:UG", "negative", "asserted")], [("state:KE", "Sanction", "state:UG", "positive")]),
    ("Chile sent aid instead of sending troops to Haiti.",
     [("state:CL", "ProvideMilitaryAid", "state:HT", "negative", "asserted")], [("state:CL", "ProvideMilitaryAid", "state:HT", "positive")]),
    # a body's investigators and inspectors speak for it (a state's experts need not)
    ("U.N. investigators have accused Myanmar of genocide, and Israeli experts said the evidence was strong.",
     [("org:united-nations", "Criticize", "state:MM", "positive", "asserted")], []),
    # "Turkey's Defence Ministry": a body named only by its kind, owned by a state, is the state
    ("Turkey's Defence Ministry accused Greece of harassing its jets over the Aegean.",
     [("state:TR", "Criticize", "state:GR", "positive", "asserted")], []),
]


@pytest.mark.parametrize(("text", "present", "absent"), TABLE, ids=[row[0][:60] for row in TABLE])
def test_sentence_table(text, present, absent):
    got = statements(text)
    for item in present:
        assert item in got, f"missing {item}; got {sorted(got)}"
    polar = {(s, r, o, p) for s, r, o, p, _m in got}
    for item in absent:
        assert len(item) == 4, f"an absent statement is (subject, relation, object, polarity): {item}"
        assert item not in polar, f"must not emit {item}; got {sorted(got)}"


def test_an_act_of_a_year_before_the_story_is_not_its_lead_move():
    # "the move" far from any act may be the story's lead act, but never one dated to an earlier year
    text = ("Moscow will lift its ban on Georgian wine, officials said on Monday. Tbilisi imposed sanctions "
            "on Russian banks in 2022. Georgian farmers rejoiced. Trade is expected to grow. Ukraine criticised the move.")
    doc = Document("doc-test", "test.txt", text, date="2024-05-06")
    segments = [(d, seg.offset) for d, seg in iter_parsed([doc], load_nlp())]
    got = {(s.subject, s.relation, s.object) for s in
           analyze_document(doc, segments, load_gazetteer(), load_lexicon()).statements}
    assert ("state:GE", "Sanction", "state:RU") in got
    assert ("state:UA", "Criticize", "state:GE") not in got
    # (undated, the same act is no background and stays the lead)
    assert ("state:UA", "Criticize", "state:GE") in {(s, r, o) for s, r, o, _p, _m in statements(text)}


def test_attribution_to_the_speaker():
    r = analyze("NATO Secretary General Jens Stoltenberg said Hungary will not block the NATO mission in Ukraine.")
    stmts = [s for s in r.statements if s.relation == "Block"]
    assert stmts and all(s.attributed_to == "person:jens stoltenberg" for s in stmts)
    assert all(s.subject == HU and s.polarity == "negative" for s in stmts)


@pytest.mark.parametrize("text, speaker", [
    ("Israel's prime minister Benjamin Netanyahu said Qatar was funding Hamas.", "person:benjamin netanyahu"),
    ("Venezuela's president Nicolas Maduro said Guyana had allowed the United States to build a base.",
     "person:nicolas maduro"),
    ("The Philippine defence secretary Gilberto Teodoro said China had attacked a Philippine supply boat.",
     "person:gilberto teodoro"),
])
def test_a_speaker_named_in_apposition_to_a_title(text, speaker):
    said = [s for s in analyze(text).statements if s.relation in {"Fund", "Allow", "Attack"}]
    assert said and all(s.attributed_to == speaker for s in said)


@pytest.mark.parametrize("text, said", [
    ("Brazil, Colombia and Mexico said they would not recognise the results of Venezuela's presidential election.",
     {"state:BR": "state:BR", "state:CO": "state:CO", "state:MX": "state:MX"}),
    ("Nigeria and Senegal said they would send troops to Gambia.", {"state:NG": "state:NG", "state:SN": "state:SN"}),
    # (one not among the speakers is said of by the first named, as before)
    ("France and Germany said Russia had attacked Ukraine.", {RU: "state:FR"}),
])
def test_joint_speakers_each_speak_for_themselves(text, said):
    got = {s.subject: s.attributed_to for s in analyze(text).statements}
    assert got == said


@pytest.mark.parametrize("text, said", [
    # the junta rules a state named, not one whose troops or mercenaries were named
    ("Niger expelled French troops, the junta said.", {"state:NE": "state:NE"}),
    ("Mali did not invite Russian mercenaries, the junta said.", {"state:ML": "state:ML"}),
])
def test_a_junta_speaks_for_the_state_named_not_a_demonym(text, said):
    got = {s.subject: s.attributed_to for s in analyze(text).statements}
    assert got == said


@pytest.mark.parametrize("text, relation, speaker", [
    # a bare title is the one the leaders table gives that office, not the last person named
    ("Anwar Ibrahim received Prabowo Subianto in Kuala Lumpur. The prime minister said Malaysia would back "
     "Indonesia's bid to join the OECD.", "Support", "person:anwar ibrahim"),
    # "the former president" is the one out of office; "the president" the one in it
    ("Jair Bolsonaro met Javier Milei in Buenos Aires. The former president said Brazil should leave BRICS.",
     "MemberOf", "person:jair bolsonaro"),
    ("Javier Milei met Jair Bolsonaro in Buenos Aires. The president said Argentina would not join BRICS.",
     "MemberOf", "person:javier milei"),
    # (probe 27) "had no plans to" keeps its reporter; a quote's titled speaker in apposition speaks it
    ("The Kremlin said Russia had no plans to attack Moldova.", "Attack", "state:RU"),
    ("\"We will send 2,000 soldiers to Haiti,\" Benin's president Patrice Talon said after meeting Ruto.",
     "ProvideMilitaryAid", "person:patrice talon"),
])
def test_a_described_or_reporting_speaker(text, relation, speaker):
    said = [s for s in analyze(text).statements if s.relation == relation]
    assert said and all(s.attributed_to == speaker for s in said), [(s.subject, s.attributed_to) for s in said]


def test_a_trailing_speaker_after_an_apposition_is_the_speaker():
    r = analyze("Kenya will send troops to Haiti, its foreign minister, Musalia Mudavadi, said.")
    sent = [s for s in r.statements if s.relation == "ProvideMilitaryAid"]
    assert sent and all(s.attributed_to == "person:musalia mudavadi" for s in sent)


@pytest.mark.parametrize("text, who", [
    ("Kenya's Ruto said Kenya would send troops to Haiti.", "person:william ruto"),
    ("Argentina's Milei criticized Brazil.", "person:javier milei"),
])
def test_a_known_leader_named_by_surname_alone(text, who):
    r = analyze(text)
    assert who in {s.subject for s in r.statements} | {s.attributed_to for s in r.statements}, r.statements


def test_a_leader_surname_keeps_the_storys_spelling_of_the_full_name():
    r = analyze("Ukrainian President Volodymyr Zelenskiy met Robert Fico. Zelenskiy accused Slovakia of helping Russia.")
    assert {s.subject for s in r.statements if s.relation == "Criticize"} == {"person:volodymyr zelenskiy"}


def test_a_leader_surname_needs_the_leaders_state_in_the_story():
    r = analyze("Milei criticized the plan. Brazil rejected it.")
    assert "person:javier milei" not in {s.subject for s in r.statements}


@pytest.mark.parametrize("text, junk", [
    ("Sweden will cut its aid to Somalia, International Development Minister Benjamin Dousa said.", "international"),
    ("Tehran will respond, said Ali Akbar Velayati, an adviser to Supreme Leader Ali Khamenei.", "supreme"),
])
def test_a_portfolio_before_a_title_is_no_organisation(text, junk):
    r = analyze(text)
    keys = {x.affiliation for x in r.roles} | {s.object for s in r.statements} | {s.subject for s in r.statements}
    assert not any(k and junk in k for k in keys), keys


@pytest.mark.parametrize("text, person", [
    # a candidacy is no office, nor is leading a cause (Wikinews)
    ("President Donald Trump spoke. The Green Party nominated union leader Howie Hawkins for president and "
     "truck driver Angela Walker for vice president.", "person:angela walker"),
    ("President Donald Trump spoke. The death of Congressman John Lewis, a prominent civil rights leader, "
     "shook Washington.", "person:john lewis"),
])
def test_a_race_or_a_cause_is_no_office(text, person):
    roles = {(x.person, x.relation) for x in analyze(text).roles}
    assert (person, "LeaderOf") not in roles, roles


@pytest.mark.parametrize("text, role", [
    ("A spokesperson for Foreign Minister Winston Peters said no new money would flow to Fiji.",
     ("person:winston peters", "OfficialOf", None)),  # (no state named: the story's, when resolved)
    ("The ruling was a setback for Italian Prime Minister Giorgia Meloni.", ("person:giorgia meloni", "LeaderOf", "state:IT")),
])
def test_a_title_after_for_before_its_name_is_an_office(text, role):
    assert role in {(x.person, x.relation, x.affiliation) for x in analyze(text).roles}


def test_a_lone_surname_used_before_a_namesake_stays_the_leaders():
    # (Wikinews: every "Trump" had become the niece named once, late in the story)
    r = analyze("US President Trump visited Ohio. Trump said the economy was strong. Trump criticised Biden. "
                "Later, Trump's niece Mary Trump released a book about him.")
    critics = {s.subject for s in r.statements if s.relation == "Criticize"}
    assert critics and "person:mary trump" not in critics, critics
    assert not any(x.person == "person:mary trump" and x.relation == "LeaderOf" for x in r.roles)


def test_a_name_the_model_ran_on_keeps_its_own_words():
    r = analyze("Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the trade agreement.")
    keys = {s.subject for s in r.statements}
    assert "person:patrice talon" in keys and not any(k.endswith(" of") for k in keys), keys
    r = analyze("The United Nations Educational, Scientific and Cultural Organization condemned Russia.")
    assert ("org:unesco", "Criticize", "state:RU") in {(s.subject, s.relation, s.object) for s in r.statements}


def test_a_former_chief_justice_leads_no_state():
    r = analyze("Former Chief Justice Sushila Karki was later appointed interim prime minister of Nepal.")
    assert not any(x.relation == "LeaderOf" and "state:NP" in (x.affiliation, *x.states) for x in r.roles)


def test_a_pronoun_after_a_fronted_clause_is_that_clauses_subject():
    r = analyze("After Kenyan President William Ruto met Ugandan President Yoweri Museveni, he said Kenya "
                "would send troops to Somalia.")
    sent = [s for s in r.statements if s.relation == "ProvideMilitaryAid"]
    assert sent and all(s.attributed_to == "person:william ruto" for s in sent)


def test_first_person_in_a_quote_is_the_speaker():
    r = analyze("“I accept that Hungary will not veto the NATO mission in Ukraine,” Stoltenberg said. "
                "NATO Secretary General Jens Stoltenberg spoke in Budapest.")
    assert any(s.attributed_to == "person:jens stoltenberg" for s in r.statements if s.subject == HU)


def test_a_short_quote_does_not_pair_with_the_next_quote():
    # the closing mark of "in bad faith" must not open a "quote" running to the next one, which
    # would give the sentences between to the last speaker quoted
    r = analyze('Togo accused the junta of acting "in bad faith". Ghana said it would not reopen the '
                'border "under any pressure". The AU urged Togo and Ghana to talk.\n\n'
                '"Both sides need the trade," said Kofi Mensah, an analyst in Accra.')
    asks = [s for s in r.statements if s.relation == "Request"]
    assert asks and all(s.attributed_to is None for s in asks)


def test_roles_from_titles_and_appositions():
    r = analyze("NATO Secretary-General Jens Stoltenberg met Hungarian Prime Minister Viktor Orban. "
                "Peter Szijjarto, Hungary's foreign minister, attended.")
    roles = {(x.person, x.relation, x.affiliation) for x in r.roles}
    assert ("person:jens stoltenberg", "LeaderOf", NATO) in roles
    assert ("person:viktor orban", "LeaderOf", HU) in roles
    assert ("person:peter szijjarto", "OfficialOf", HU) in roles


def test_titles_before_a_preposition_are_not_the_name_s():
    # "the meeting of the Polish leader with Putin": Putin is not Poland's leader
    r = analyze("Polish Prime Minister Donald Tusk spoke. Diplomats discussed the meeting of the Polish leader "
                "with Putin in Minsk.")
    roles = {(x.person, x.relation, x.affiliation) for x in r.roles}
    assert ("person:putin", "LeaderOf", "state:PL") not in roles


def test_a_description_with_another_state_is_not_the_last_person():
    # "the ambassador of Norway" is not the US ambassador named just before
    got = statements("US Ambassador Mark Brzezinski spoke in Warsaw. The ambassador of Norway condemned Poland's veto.")
    assert not any(s == "person:mark brzezinski" for s, *_ in got), sorted(got)


@pytest.mark.parametrize("text, role, not_role", [
    # a description with a country names the office of the person it refers to
    ("President William Ruto spoke on Monday. The Kenyan president said troops would go.",
     ("person:william ruto", "LeaderOf", "state:KE"), None),
    ("President Joe Biden met Scholz. The German chancellor said little.", ("person:joe biden", "LeaderOf", None),
     ("person:joe biden", "LeaderOf", "state:DE")),
    # "the Syrian government of President X": X leads Syria (with a country said, not a guess)
    ("The Libyan government of Prime Minister Abdul Hamid Dbeibah has long demanded control of the port.",
     ("person:abdul hamid dbeibah", "LeaderOf", "state:LY"), None),
    ("Russian opposition leader Alexei Navalny was flown to Berlin.",
     ("person:alexei navalny", "LeaderOf", "org:opposition-ru"), ("person:alexei navalny", "LeaderOf", "state:RU")),
    # a faction's leader leads no state: "Colombian rebel leader", "Haitian gang leader" (a named group still is led)
    ("Haitian gang leader Jimmy Cherizier threatened the Dominican Republic, and Dominican President Luis Abinader "
     "closed the border.", ("person:luis abinader", "LeaderOf", "state:DO"), ("person:jimmy cherizier", "LeaderOf", "state:HT")),
    ("Colombian rebel leader Ivan Marquez met Colombian President Gustavo Petro in Havana.",
     ("person:gustavo petro", "LeaderOf", "state:CO"), ("person:ivan marquez", "LeaderOf", "state:CO")),
    ("Iraqi militia leader Qais al-Khazali met Iraqi Prime Minister Mohammed Shia al-Sudani.",
     ("person:mohammed shia al sudani", "LeaderOf", "state:IQ"), ("person:qais al khazali", "LeaderOf", "state:IQ")),
    ("M23 rebel leader Bertrand Bisimwa rejected the talks.", ("person:bertrand bisimwa", "LeaderOf", "org:m23"), None),
    # a group named after the demonym is what its leader leads
    ("Lebanese Hezbollah leader Naim Qassem met Iranian President Masoud Pezeshkian.",
     ("person:naim qassem", "LeaderOf", "org:hezbollah"), ("person:naim qassem", "LeaderOf", "state:LB")),
    ("Yemeni Houthi leader Abdul-Malik al-Houthi threatened Israel.",
     ("person:abdul malik al houthi", "LeaderOf", "org:houthis"), ("person:abdul malik al houthi", "LeaderOf", "state:YE")),
    # an office of one body ("Trade Commissioner") names it; a country before it wins
    ("Competition Commissioner Margrethe Vestager fined the company.",
     ("person:margrethe vestager", "OfficialOf", "org:european-commission"), None),
    ("Indian Trade Commissioner Raj Patel met investors.", ("person:raj patel", "OfficialOf", "state:IN"),
     ("person:raj patel", "OfficialOf", "org:european-commission")),
    # a name the model does not tag is a person by its title
    ("Olusegun Obasanjo, the AU envoy, said the bloc would send monitors.",
     ("person:olusegun obasanjo", "OfficialOf", "org:african-union"), None),
    # the parser hangs the title on the wrong word ("President" a conjunct of "Merz")
    ("Macron thanked Merz and U.S. President Joe Biden for their help.",
     ("person:joe biden", "LeaderOf", US), None),
    # offices of one country, said without it; "State" is part of the office, not a body
    ("Secretary of State Marco Rubio flew to Panama on Sunday.", ("person:marco rubio", "OfficialOf", US),
     ("person:marco rubio", "OfficialOf", "org:n:state")),
    ("Home Secretary Yvette Cooper announced new border rules.", ("person:yvette cooper", "OfficialOf", "state:GB"), None),
    # a portfolio the model tags as an organisation; a managing or executive director leads the body
    ("Pakistani Foreign Affairs Minister Ishaq Dar flew to Kabul.", ("person:ishaq dar", "OfficialOf", "state:PK"),
     ("person:ishaq dar", "OfficialOf", "org:n:pakistani foreign affairs")),
    ("World Bank Managing Director Anna Bjerde visited Dhaka.", ("person:anna bjerde", "LeaderOf", "org:world-bank"), None),
    ("EU energy chief Kadri Simson visited Baku.", ("person:kadri simson", "OfficialOf", "org:european-union"),
     ("person:kadri simson", "LeaderOf", "org:european-union")),
    # a title the model tags inside the name is still the title; a party's general secretary leads it
    ("Qatar's Emir Tamim bin Hamad met the envoy.", ("person:tamim bin hamad", "LeaderOf", "state:QA"), None),
    ("Kim Jong Un, general secretary of the Workers' Party of Korea, met the envoy.",
     ("person:kim jong un", "LeaderOf", "org:n:workers party of korea"), None),

    # a body a title names by its last word is the one the story named in full
    ("The European Commission released the funds. Commission spokeswoman Ana Pisonero said the EU remained committed.",
     ("person:ana pisonero", "OfficialOf", "org:european-commission"), ("person:ana pisonero", "OfficialOf", EU)),
    # a titled name the model tags as a body ("Spokesman Anatoly Glaz")
    ("The Belarusian ministry rejected the claims. Spokesman Anatoly Glaz said Minsk would not retaliate.",
     ("person:anatoly glaz", "OfficialOf", None), None),
    # a name the model calls a place, with an office in apposition
    ("Vassily Nebenzia, Russia's U.N. ambassador, rejected the draft.", ("person:vassily nebenzia", "OfficialOf", RU), None),
    ("Chinese Foreign Minister Wang Yi met his Brazilian counterpart Mauro Vieira in Rio.",
     ("person:mauro vieira", "OfficialOf", "state:BR"), None),
    # … a president's counterpart is a president
    ("Kenyan President William Ruto met his Ugandan counterpart Yoweri Museveni in Kampala.",
     ("person:yoweri museveni", "LeaderOf", "state:UG"), None),
    # an acting prime minister leads; "Caretaker" is no body
    ("Thailand's acting Prime Minister Phumtham Wechayachai met Caretaker Prime Minister Najib Mikati.",
     ("person:phumtham wechayachai", "LeaderOf", "state:TH"), ("person:najib mikati", "LeaderOf", "org:n:caretaker")),
    # leadership said with "led by", "X-led" and "his party"
    ("Sudan's army, led by General Abdel Fattah al-Burhan, rejected the truce.",
     ("person:abdel fattah al burhan", "LeaderOf", "state:SD"), None),
    ("Kazakhstan asked the Russian-led Collective Security Treaty Organization for troops.",
     (RU, "LeaderOf", "org:csto"), None),
    ("The U.S.-led coalition struck targets in Yemen.", (US, "LeaderOf", "init:us led coalition"), None),
    # the apposition names the body a bare title leaves out
    ("Senator Jim Risch, chairman of the Senate Foreign Relations Committee, criticised the sale.",
     ("person:jim risch", "LeaderOf", "org:n:senate foreign relations committee"), None),
    # a title that belongs to the person before a verb is not the nominee's
    ("President Trump nominated Federal Judge Amy Coney Barrett for the seat.",
     ("person:trump", "LeaderOf", None), ("person:amy coney barrett", "LeaderOf", None)),
    # titles of another person in the same phrase are not this person's
    # and an apposition the parser hangs on a far-away name belongs to the name it follows
    ("Macron spoke to reporters after a meeting with the Italian leader and Mette Frederiksen, "
     "Denmark's prime minister, on the eve of a summit.",
     ("person:mette frederiksen", "LeaderOf", "state:DK"), ("person:macron", "LeaderOf", "state:DK")),
    ("Sanchez spoke after talks with the Greek leader and Mette Frederiksen, Denmark's prime minister.",
     ("person:mette frederiksen", "LeaderOf", "state:DK"), ("person:mette frederiksen", "LeaderOf", "state:GR")),
    # a title before the name and a body's office in apposition: both offices
    ("Angolan President Joao Lourenco, the current chairman of the African Union, spoke in Luanda.",
     ("person:joao lourenco", "LeaderOf", "org:african-union"), None),
    # a body's commander leads it; one of its commanders does not
    ("ELN commander Pablo Beltran said the truce would hold.",
     ("person:pablo beltran", "LeaderOf", "org:eln"), ("person:pablo beltran", "OfficialOf", "org:eln")),
    ("Abu Khaled, a senior commander of the ELN, said the truce would hold.",
     ("person:abu khaled", "OfficialOf", "org:eln"), ("person:abu khaled", "LeaderOf", "org:eln")),
    # "Its …" opening a sentence is the last sentence's subject's, not the last name's
    ("Hamas has not fired at Israel since Tuesday. Its spokesman, Hazem Qassem, said the group would wait.",
     ("person:hazem qassem", "OfficialOf", "org:hamas"), ("person:hazem qassem", "OfficialOf", "state:IL")),
    # "its" in the subject of a joined clause is the first clause's subject's
    ("The Cornish Fishermen's Association accused Iceland of awarding itself an \"inflated\" quota, and its chief "
     "executive, Paul Trebilcock, called on London to close its ports.",
     ("person:paul trebilcock", "LeaderOf", "org:n:cornish fishermens association"),
     ("person:paul trebilcock", "LeaderOf", "state:IS")),
    # a prince is no head of state by that word alone
    ("Saudi Arabia stayed away. Its envoy, Prince Khalid bin Nayef, met the mediators in Doha.",
     ("person:khalid bin nayef", "OfficialOf", "state:SA"), ("person:khalid bin nayef", "LeaderOf", "state:SA")),
    # the head of a body named with its state leads the body ("X-led", "Y's State Committee"), not the state
    ("Nurlan Abenov, secretary general of the Russian-led Collective Security Treaty Organization, welcomed the vote.",
     ("person:nurlan abenov", "LeaderOf", "org:csto"), ("person:nurlan abenov", "LeaderOf", RU)),
    ("The deal was negotiated by Askar Beisenov, chairman of Kazakhstan's National Security Committee.",
     ("person:askar beisenov", "LeaderOf", "org:n:national security committee"),
     ("person:askar beisenov", "LeaderOf", "state:KZ")),
    ("The deal was negotiated by Askar Beisenov, chairman of Kazakhstan's National Security Committee.",
     ("person:askar beisenov", "OfficialOf", "state:KZ"), None),
    # a ministry's spokesman is the state's
    ("Russian Foreign Ministry spokeswoman Elena Sokolova said the talks had failed.",
     ("person:elena sokolova", "OfficialOf", RU), None),
    # a commander "of" the body leads it; of its "ground forces", a unit of it, not
    ("The port was seized by forces loyal to Ahmed Saleh, commander of the Southern Transitional Council.",
     ("person:ahmed saleh", "LeaderOf", "org:n:southern transitional council"), None),
    ("Khalifa Haftar's son Khaled Haftar, commander of the LNA's special forces, flew to Cairo.",
     ("person:khaled haftar", "OfficialOf", "org:libyan-national-army"), ("person:khaled haftar", "LeaderOf", "org:libyan-national-army")),
    # a descriptor the model takes into the name is not part of it
    ("Billionaire Peter Thiel, an adviser to President Donald Trump, praised the ruling.",
     ("person:peter thiel", "OfficialOf", "person:donald trump"), None),
    # "Guinea's leader, Colonel X": the rank is the name's own, the office the apposition's
    ("Guinea's leader, Colonel Mamady Doumbouya, addressed the nation.",
     ("person:mamady doumbouya", "LeaderOf", "state:GN"), ("person:mamady doumbouya", "OfficialOf", "state:GN")),
    # "X's ambassador in Y, Name": the name hung on the place is still the office's holder
    ("Russia's ambassador in Oslo, Nikolai Korchunov, said Moscow wanted talks.",
     ("person:nikolai korchunov", "OfficialOf", "state:RU"), None),
    # a body's name the model cut before "in <place>" runs on to the place when an acronym in
    # brackets names all of it
    ("Mohamed El-Amine Souef, head of the African Union Transition Mission in Somalia (ATMIS), said troops would stay.",
     ("person:mohamed el amine souef", "LeaderOf", "org:atmis"),
     ("person:mohamed el amine souef", "LeaderOf", "org:n:african union transition mission")),
    # a body's governor, director or commissioner leads it (not a deputy, not a Commission portfolio)
    ("FBI Director Kash Patel flew to Mexico City on Monday.", ("person:kash patel", "LeaderOf", "org:fbi"),
     ("person:kash patel", "OfficialOf", "org:fbi")),
    ("Central Bank of Nigeria Governor Olayemi Cardoso raised rates.",
     ("person:olayemi cardoso", "LeaderOf", "org:n:central bank of nigeria"), None),
    ("Agence France-Presse's editorial director, Sophie Huet, praised the reporters.",
     ("person:sophie huet", "OfficialOf", "org:afp"), ("person:sophie huet", "LeaderOf", "org:afp")),
    ("Trade Commissioner Maros Sefcovic met Chinese officials.",
     ("person:maros sefcovic", "OfficialOf", "org:european-commission"), ("person:maros sefcovic", "LeaderOf", "org:european-commission")),
    # a speaker heads the parliament, and is only an official of the state
    ("Kenya's envoy met Moses Wetangula, speaker of the National Assembly, in Nairobi.",
     ("person:moses wetangula", "LeaderOf", "org:n:national assembly"), ("person:moses wetangula", "LeaderOf", "state:KE")),
    ("Ghanaian parliament speaker Alban Bagbin met the envoy.",
     ("person:alban bagbin", "OfficialOf", "state:GH"), ("person:alban bagbin", "LeaderOf", "state:GH")),
    # a counterpart whose "his" goes unread leads when the leaders table says so
    ("Egypt's president, who hosted the talks, said he hoped his Russian counterpart Vladimir Putin would return to the deal.",
     ("person:vladimir putin", "LeaderOf", RU), ("person:vladimir putin", "OfficialOf", RU)),
    # a body named by its last word only ("Commission President X"): the one the tables know X leads
    ("The Commission proposed new migration rules on Monday. Commission President Ursula von der Leyen flew to Rabat.",
     ("person:ursula von der leyen", "LeaderOf", "org:european-commission"),
     ("person:ursula von der leyen", "LeaderOf", "org:n:commission")),
    # a party's leader leads the party, whatever demonym comes first
    ("British Labour leader Keir Starmer said the UK would back Kyiv.",
     ("person:keir starmer", "LeaderOf", "org:n:labour party"), ("person:keir starmer", "LeaderOf", "state:GB")),
    ("German Social Democrat leader Olaf Scholz spoke.",
     ("person:olaf scholz", "LeaderOf", "org:n:social democratic party"), ("person:olaf scholz", "LeaderOf", "org:n:democratic party")),
    ("Canadian Conservative leader Pierre Poilievre spoke.",
     ("person:pierre poilievre", "LeaderOf", "org:n:conservative party"), ("person:pierre poilievre", "LeaderOf", "state:CA")),
    # "X's government" with no leader's title: the state the tables know X to lead
    ("North Korea fired a missile on Monday. Kim Jong Un's government said the launch was a warning.",
     ("person:kim jong un", "LeaderOf", "state:KP"), None),
    ("Niger expelled the French ambassador. General Abdourahamane Tiani's government accused France of plotting.",
     ("person:abdourahamane tiani", "LeaderOf", "state:NE"), None),
    # "a spokesman for the court": the body the description names
    ("The International Criminal Court said Mongolia had failed to arrest Putin. Fadi El Abdallah, a spokesman for the "
     "court, said judges would decide.",
     ("person:fadi el abdallah", "OfficialOf", "org:icc"), ("person:fadi el abdallah", "OfficialOf", "state:MN")),
    ("Former prime minister K.P. Sharma Oli criticised the note. Oli's government introduced the map in 2020.",
     ("person:kp sharma oli", "LeaderOf", None), ("person:kp sharma oli", "LeaderOf", "state:NP")),
    # "Party leader X" with no party in the title: the party just named; "Party" opening the
    # sentence is no body of its own
    ("The opposition Conservative Party denounced the handover. Party leader Kemi Badenoch said it was a surrender.",
     ("person:kemi badenoch", "LeaderOf", "org:n:conservative party"), None),
    # two offices joined in one apposition: each its own body (the "of" the parser hung on the first)
    ("In Damascus, Ahmed al-Sharaa, Syria's new de facto leader and head of Hayat Tahrir al-Sham (HTS), said the country "
     "was exhausted by war.",
     ("person:ahmed al sharaa", "LeaderOf", "org:hayat-tahrir-al-sham"), None),
    ("Ahmed al-Sharaa, Syria's new de facto leader and head of Hayat Tahrir al-Sham (HTS), said the country was tired.",
     ("person:ahmed al sharaa", "LeaderOf", "state:SY"), None),
    ("John Smith, Britain's ambassador and a former head of the African Union mission, spoke.",
     ("person:john smith", "OfficialOf", "state:GB"), ("person:john smith", "OfficialOf", "org:african-union")),
    # a state's name the tagger split ("St." alone a place) or took for a person's, before the title
    ("St. Vincent Prime Minister Ralph Gonsalves said the talks would continue.",
     ("person:ralph gonsalves", "LeaderOf", "state:VC"), None),
    ("Saint Lucia Prime Minister Philip Pierre condemned Russia.",
     ("person:philip pierre", "LeaderOf", "state:LC"), None),
])
def test_roles_from_harder_titles(text, role, not_role):
    roles = {(x.person, x.relation, x.affiliation) for x in analyze(text).roles}
    assert role in roles, sorted(roles)
    if not_role:
        assert not_role not in roles, sorted(roles)


def test_party_opening_a_sentence_is_no_body_of_its_own():
    roles = {(x.person, x.relation, x.affiliation) for x in analyze("Party leader Kemi Badenoch said it was a surrender.").roles}
    assert not any(aff == "org:n:party" for _p, _r, aff in roles), sorted(roles)


def test_observers_go_to_the_vote_of_the_story_not_one_its_name_dates_before_it():
    text = ("Myanmar's junta held a general election on Sunday. Critics called the general election a sham. The NLD "
            "won the 2020 election, which the army annulled. ASEAN said it would not send observers.")
    doc = Document("doc-test", "test.txt", text, date="2025-12-30")
    segments = [(d, seg.offset) for d, seg in iter_parsed([doc], load_nlp())]
    got = {(s.subject, s.relation, s.object, s.polarity) for s in
           analyze_document(doc, segments, load_gazetteer(), load_lexicon()).statements}
    assert ("org:asean", "Participate", "init:2020 election", "negative") not in got, sorted(got)
    assert ("org:asean", "Participate", "init:general election", "negative") in got, sorted(got)


def test_a_known_name_the_model_left_untagged_but_for_a_word_inside_is_that_body():
    # In a story the small model tagged only "American" (a nationality) of "Organization of American
    # States" and read the name's head as a subject of its own; the entities are set here as it set them.
    text = "Organization of American States Secretary General Luis Almagro said the coup had failed."
    doc = Document("doc-test", "test.txt", text)
    segments = [(d, seg.offset) for d, seg in iter_parsed([doc], load_nlp())]
    parsed = segments[0][0]
    words = [t.text for t in parsed]
    parsed.ents = [Span(parsed, words.index("American"), words.index("American") + 1, label="NORP"),
                   Span(parsed, words.index("Luis"), words.index("Almagro") + 1, label="PERSON")]
    roles = {(x.person, x.relation, x.affiliation) for x in
             analyze_document(doc, segments, load_gazetteer(), load_lexicon()).roles}
    assert ("person:luis almagro", "LeaderOf", "org:oas") in roles, sorted(roles)
    assert ("person:luis almagro", "LeaderOf", US) not in roles, sorted(roles)


@pytest.mark.parametrize("text, role, polarity", [
    # a two-word demonym the model tags as a person still names the state
    ("Sri Lankan President Ranil Wickremesinghe addressed parliament.",
     ("person:ranil wickremesinghe", "LeaderOf", "state:LK"), "positive"),
    # a leader removed by the clause's verb no longer holds the office
    ("The economy collapsed weeks before protesters ousted Sri Lankan President Gotabaya Rajapaksa.",
     ("person:gotabaya rajapaksa", "LeaderOf", "state:LK"), "negative"),
    ("Soldiers deposed Nigerien President Mohamed Bazoum in July.",
     ("person:mohamed bazoum", "LeaderOf", "state:NE"), "negative"),
    # … but a goal or a vote to come removes no one; a vote that removed him did
    ("Washington has dropped its goal of ousting Syrian President Bashar al-Assad.",
     ("person:bashar al assad", "LeaderOf", "state:SY"), "positive"),
    ("The Senate voted to remove Peruvian President Pedro Castillo.",
     ("person:pedro castillo", "LeaderOf", "state:PE"), "negative"),
    ("The Senate will vote to remove Peruvian President Pedro Castillo.",
     ("person:pedro castillo", "LeaderOf", "state:PE"), "positive"),
    ("Congress ousts Peruvian President Dina Boluarte.", ("person:dina boluarte", "LeaderOf", "state:PE"), "negative"),
    ("Ecuador's Congress voted to remove President Guillermo Lasso, but the vote failed.",
     ("person:guillermo lasso", "LeaderOf", None), "positive"),
    ("After Peru's Congress voted to remove President Pedro Castillo, Dina Boluarte was sworn in.",
     ("person:pedro castillo", "LeaderOf", None), "negative"),
    ("Peru's Congress voted to remove President Pedro Castillo, but the vote was annulled.",
     ("person:pedro castillo", "LeaderOf", None), "positive"),
    ("Peru's Congress voted to remove President Pedro Castillo. The motion failed.",
     ("person:pedro castillo", "LeaderOf", None), "positive"),
    # "its" of a speaker set after what they report is the reporting clause's subject (the speaker
    # the parser hung on the report's object)
    ("Brazil joined the OPEC+ charter, its energy minister, Alexandre Silveira, said.",
     ("person:alexandre silveira", "OfficialOf", "state:BR"), "positive"),
    ("Kenya will send troops to Haiti, its foreign minister, Musalia Mudavadi, said.",
     ("person:musalia mudavadi", "OfficialOf", "state:KE"), "positive"),
    # a former leader or minister holds the office no longer; a former analyst or adviser
    # is still counted among the body's people, as the seed gold has it
    ("Former Chilean President Michelle Bachelet criticised the decree.",
     ("person:michelle bachelet", "LeaderOf", "state:CL"), "negative"),
    ("Former Chilean foreign minister Heraldo Munoz criticised the decree.",
     ("person:heraldo munoz", "OfficialOf", "state:CL"), "negative"),
    ("Tariq Aziz, a former Iraqi deputy prime minister, was quoted by state media.",
     ("person:tariq aziz", "OfficialOf", "state:IQ"), "negative"),
    ("Former Pentagon budget analyst Ruth Keller said the request was late.",
     ("person:ruth keller", "OfficialOf", "org:pentagon"), "positive"),
    # the "former" of a second office: the first is held now
    ("Hakan Fidan, Turkey's foreign minister and a former intelligence chief, met Antony Blinken.",
     ("person:hakan fidan", "OfficialOf", "state:TR"), "positive"),
    # forced to resign, resigned: out of office; "will not resign" stays
    ("Mass protests forced Sudanese President Omar al-Bashir to step down.",
     ("person:omar al bashir", "LeaderOf", "state:SD"), "negative"),
    ("Italian Prime Minister Mario Draghi resigned in July.", ("person:mario draghi", "LeaderOf", "state:IT"), "negative"),
    ("Italian Prime Minister Mario Draghi will not resign.", ("person:mario draghi", "LeaderOf", "state:IT"), "positive"),
    ("Malian President Assimi Goita quit the talks on Friday.", ("person:assimi goita", "LeaderOf", "state:ML"), "positive"),
    # the fall of a leader is a removal ("since the fall of President X")
    ("Turkey has expanded its bases in Libya since the fall of Libyan leader Muammar Gaddafi in 2011.",
     ("person:muammar gaddafi", "LeaderOf", "state:LY"), "negative"),
    # a name the model cut short is widened to the words it hangs on ("Choe Son" + "Hui",
    # "Mahamat" + "Idriss Deby")
    ("North Korean Foreign Minister Choe Son Hui, who met her Chinese counterpart in Beijing, said the drills were a provocation.",
     ("person:choe son hui", "OfficialOf", "state:KP"), "positive"),
    ("Chadian President Mahamat Idriss Deby, who met Putin last year, denied the report.",
     ("person:mahamat idriss deby", "LeaderOf", "state:TD"), "positive"),
    # ("… bin Abdulrahman" + "Al Thani", both hung on the last word; ", Pavan" + "Kumar Rai",
    # a first name the model tagged a place)
    ("Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said on Wednesday that Doha would keep mediating.",
     ("person:mohammed bin abdulrahman al thani", "LeaderOf", "state:QA"), "positive"),
    ("Canada ordered India's top intelligence officer in Ottawa, Pavan Kumar Rai, to leave.",
     ("person:pavan kumar rai", "OfficialOf", "state:IN"), "positive"),
    # a removal in a clause about someone else is not theirs; "the leader who was ousted" is
    ("Sahel leaders met Mali's new ruler, Assimi Goita, whose soldiers ousted Bah Ndaw in 2021.",
     ("person:assimi goita", "LeaderOf", "state:ML"), "positive"),
    ("Protests spread after Evo Morales, the Bolivian leader who was ousted in 2019, returned to La Paz.",
     ("person:evo morales", "LeaderOf", "state:BO"), "negative"),
    # "AU Commission Chairperson X": the title is not part of the name
    ("AU Commission Chairperson Bience Gawanas said the vote was fair.",
     ("person:bience gawanas", "LeaderOf", "org:african-union"), "positive"),
    # a state's known leader named as its own, with no title
    ("Peru's Dina Boluarte and Chile's Gabriel Boric met on Monday in Lima.",
     ("person:gabriel boric", "LeaderOf", "state:CL"), "positive"),
    # suspended from office: out of it
    ("Peruvian President Dina Boluarte was suspended from office on Monday.",
     ("person:dina boluarte", "LeaderOf", "state:PE"), "negative"),
    # "when" parsed as an adverb still times the removal
    ("Ties soured when the generals overthrew Burkinabe President Roch Kabore in 2022.",
     ("person:roch kabore", "LeaderOf", "state:BF"), "negative"),
    # the late, then-, ex-, sacked: out of office; a retired general keeps the rank
    ("The late President John Magufuli of Tanzania was buried on Friday.",
     ("person:john magufuli", "LeaderOf", "state:TZ"), "negative"),
    ("Ex-UN Secretary-General Ban Ki-moon visited Seoul.", ("person:ban ki moon", "LeaderOf", "org:united-nations"), "negative"),
    ("Ethiopia's ex-defence minister Kenea Yadeta was arrested.", ("person:kenea yadeta", "OfficialOf", "state:ET"), "negative"),
    ("Sacked Nigerian central bank governor Godwin Emefiele was charged.",
     ("person:godwin emefiele", "OfficialOf", "state:NG"), "negative"),
    ("Chief mediator Lazarus Sumbeiywo, a retired Kenyan general, said the talks would resume.",
     ("person:lazarus sumbeiywo", "OfficialOf", "state:KE"), "positive"),
])
def test_role_polarity(text, role, polarity):
    got = {(x.person, x.relation, x.affiliation): x.polarity for x in analyze(text).roles}
    assert got.get(role) == polarity, got


@pytest.mark.parametrize(("text", "polarities"), [
    # from probe 17 (a flip): a bare title is not the person named as its former holder
    ("The Kenyan president's office said Somalia had lied. Former Kenyan president Uhuru Kenyatta criticised Somalia.",
     {"negative"}),
    ("Former Kenyan president Uhuru Kenyatta criticised Somalia. The Kenyan president said Somalia had lied.",
     {"negative"}),
    ("Former Kenyan president Uhuru Kenyatta criticised Somalia. Kenya's former president said Somalia had lied.",
     {"negative"}),
    ("Kenyan President Uhuru Kenyatta criticised Somalia. Kenya's president said Somalia had lied.", {"positive"}),
])
def test_a_former_holder_keeps_one_polarity(text, polarities):
    got = {x.polarity for x in analyze(text).roles
           if (x.person, x.relation, x.affiliation) == ("person:uhuru kenyatta", "LeaderOf", "state:KE")}
    assert got == polarities


@pytest.mark.parametrize(("text", "role", "modality"), [
    ("Nigeria's president-elect Bola Tinubu met Biden.", ("person:bola tinubu", "LeaderOf", "state:NG"), "intended"),
    ("Incoming Mexican President Claudia Sheinbaum met Biden.",
     ("person:claudia sheinbaum", "LeaderOf", "state:MX"), "intended"),
    ("Kenyan President William Ruto met Biden.", ("person:william ruto", "LeaderOf", "state:KE"), "asserted"),
])
def test_an_office_to_come_is_intended(text, role, modality):
    got = {(x.person, x.relation, x.affiliation): x.modality for x in analyze(text).roles}
    assert got == {role: modality}, got  # (one role: not also the leaders table's asserted one)


def test_a_place_s_premier_leads_that_place_not_the_story_s_state():
    r = analyze("Germany's chancellor hosted Bavaria's premier, Markus Soeder, in Berlin. Germany said Germany "
                "would stay.")
    roles = {(x.person, x.relation, x.affiliation) for x in r.roles}
    assert ("person:markus soeder", "LeaderOf", "place:bavaria") in roles, roles


def test_a_self_governing_territory_s_premier_leads_it_not_the_story_s_state():
    r = analyze("Denmark's prime minister hosted Greenland's premier, Mute Egede, in Copenhagen. Denmark said Denmark "
                "would stay.")
    roles = {(x.person, x.relation, x.affiliation) for x in r.roles}
    assert ("person:mute egede", "LeaderOf", "state:GL") in roles, roles
    assert ("person:mute egede", "LeaderOf", "state:DK") not in roles, roles


def test_a_dateline_names_the_state_a_bare_title_belongs_to():
    # two states named about equally often; the story is filed from Colombo
    text = ("COLOMBO, March 3 (News) – President Ranil Wickremesinghe said China had agreed to ease Sri Lanka's debt. "
            "Chinese lenders joined the talks with Sri Lanka. Sri Lanka owes China more than any other creditor, "
            "and China says Colombo must also pay Japan.")
    r = analyze(text)
    assert r.dominant_state == "state:LK"
    without = analyze(text.split("– ", 1)[1])
    assert without.dominant_state != "state:LK"


def analyze_and_resolve(result) -> set[tuple[str, str, str]]:
    """(subject label, relation, object label) of the resolved statements of one document."""
    entities, stmts, _docs = resolve([result], load_gazetteer())
    label = {e.id: e.label for e in entities}
    return {(label[s.subject], s.relation, label[s.object]) for s in stmts}


def test_an_office_in_a_body_named_only_by_its_kind_is_not_the_story_s_state():
    r = analyze("A rail strike hit Britain. Britain stood still, and Britain urged talks. Dock workers' union "
                "general secretary Sharon Graham said the strike would go on.")
    assert ("Sharon Graham", "LeaderOf", "United Kingdom") not in analyze_and_resolve(r)
    r = analyze("A rail strike hit Britain. Britain stood still, and Britain urged talks. Transport Secretary "
                "Louise Haigh said the strike would go on.")
    assert ("Louise Haigh", "OfficialOf", "United Kingdom") in analyze_and_resolve(r)


def test_a_trip_to_a_place_of_no_state_is_no_visit():
    got = statements("The Avondale Baptist Church travelled to Walt Disney World by coach.")
    assert not [s for s in got if s[1] == "Meet"], got


def test_a_leader_neither_visits_nor_asks_their_own_state():
    got = analyze_and_resolve(analyze(
        "Kenyan President William Ruto travelled to Nairobi on Monday. Ruto said Kenya must stay neutral, and he "
        "said Ethiopia should reopen the border."))
    assert ("William Ruto", "Meet", "Kenya") not in got, got
    assert ("William Ruto", "Request", "Kenya") not in got, got
    assert ("William Ruto", "Request", "Ethiopia") in got, got


def test_a_leader_does_not_allow_block_or_fund_their_own_state():
    # an act of a leader on the state they lead is a misread ("troops on Bolivian soil"); a state
    # that leads a mission may still take part in it
    got = analyze_and_resolve(analyze(
        "Bolivian President Luis Arce said he would not allow foreign troops on Bolivian soil. Kenya, which leads "
        "the Kenyan-led security mission, will deploy 1,000 police officers to the mission."))
    assert ("Luis Arce", "LeaderOf", "Bolivia") in got, got
    assert ("Luis Arce", "Allow", "Bolivia") not in got, got
    assert [s for s in got if s[0] == "Kenya" and s[1] == "Participate"], got


def test_an_office_in_a_national_agency_is_an_office_of_its_state():
    # "CIA Director X": the agency's head (as "Mossad chief Y" is), and an official of the United
    # States it serves
    got = analyze_and_resolve(analyze("CIA Director William Burns flew to Doha on Sunday. Mossad chief David Barnea joined him."))
    assert ("William Burns", "OfficialOf", "United States") in got, got
    assert ("William Burns", "LeaderOf", "Central Intelligence Agency") in got, got
    assert ("David Barnea", "OfficialOf", "Israel") in got, got
    assert ("William Burns", "OfficialOf", "Israel") not in got, got


def test_a_quote_about_another_country_is_not_the_speaker_s_country():
    # "our" in the quote is the speaker's own country, so the state the quote names is someone else
    text = ("OUAGADOUGOU, May 2 (News) – Burkina Faso welcomed Russian instructors on Monday. Burkina Faso said the "
            "instructors would train its army, and Burkina Faso also hired Turkish drones. "
            "\"Russia is a partner that respects our sovereignty,\" Foreign Minister Jean Traore told state television.")
    got = analyze_and_resolve(analyze(text))
    assert ("Jean Traore", "OfficialOf", "Russia") not in got, got
    # without "our", a state the speaker reports on is the speaker's own
    text2 = text.replace("respects our sovereignty", "will respect the sovereignty of all")
    assert ("Jean Traore", "OfficialOf", "Russia") in analyze_and_resolve(analyze(text2))


def test_an_ousted_leader_is_no_longer_the_leader():
    r = analyze("Mali's junta is still holding ousted President Ibrahim Boubacar Keita at his residence.")
    roles = {(x.person, x.relation, x.polarity) for x in r.roles}
    assert ("person:ibrahim boubacar keita", "LeaderOf", "negative") in roles, roles
    assert ("person:ibrahim boubacar keita", "LeaderOf", "positive") not in roles, roles


def test_bare_titles_take_the_state_the_story_gives_them():
    # a spokesman right after a body's statement is its spokesman; a speaker on one state is its official
    r = analyze("Ankara, Nov 3 (News) - Greece said on Monday it would extend its border fence. "
                "The Kremlin denied the claims. Spokesman Dmitry Peskov said Greece had refused to talk.\n\n"
                "Bulgaria is ready to close its own crossings if necessary, Interior Minister Kalin Stoyanov said.")
    stmts = analyze_and_resolve(r)
    assert ("Dmitry Peskov", "OfficialOf", "Russia") in stmts, stmts
    assert ("Dmitry Peskov", "OfficialOf", "Greece") not in stmts, stmts
    assert ("Kalin Stoyanov", "OfficialOf", "Bulgaria") in stmts, stmts


def test_a_trailing_speaker_on_a_state_is_its_official():
    # "…, Interior Minister X said, weeks after …" (the speech verb hung beside the clause), and a
    # name the model cut short and tagged as a body ("Olushegun Adjadi Bakari" with "Bakari" an ORG)
    text = ("KIGALI, Jan 12 (News) - Rwanda said on Friday it regretted the decision. Rwanda urged talks, and Rwanda "
            "said it would reopen the crossings. Burundi closed its land border with Rwanda on Thursday, Interior "
            "Minister Martin Niteretse said, weeks after Rwanda expelled two diplomats.\n\n"
            "Benin has not backed away from its offer of about 2,000 soldiers, Foreign Minister Olushegun Adjadi "
            "Bakari told reporters.")
    stmts = analyze_and_resolve(analyze(text))
    assert ("Martin Niteretse", "OfficialOf", "Burundi") in stmts, stmts
    assert ("Martin Niteretse", "OfficialOf", "Rwanda") not in stmts, stmts
    assert ("Olushegun Adjadi Bakari", "OfficialOf", "Benin") in stmts, stmts


def test_a_delegation_s_leader_is_an_official_of_the_state_that_sent_it():
    # the story is about Azerbaijan; the minister leads the delegation Armenia sent
    text = ("BAKU, Nov 12 (News) - Azerbaijan opened the climate talks on Monday. Azerbaijan's president attacked "
            "France, and Azerbaijan said Azerbaijan would defend its gas. Armenia sent a delegation led by Environment "
            "Minister Hakob Simidyan, its first to an event in Azerbaijan in decades.")
    stmts = analyze_and_resolve(analyze(text))
    assert ("Hakob Simidyan", "OfficialOf", "Armenia") in stmts, stmts
    assert ("Hakob Simidyan", "OfficialOf", "Azerbaijan") not in stmts, stmts


def test_a_government_title_given_beside_a_leader_s_name_is_the_story_s_state():
    # "Ortega's wife and the government's spokeswoman": Ortega's state is not known from this story
    text = ("Nicaragua expelled three priests on Tuesday. Nicaragua said the priests had plotted against Nicaragua, "
            "and Nicaragua closed their school. Vice President Rosario Murillo, Ortega's wife and the government's "
            "chief spokeswoman, accused them of inciting the 2018 protests.")
    stmts = analyze_and_resolve(analyze(text))
    assert ("Rosario Murillo", "OfficialOf", "Nicaragua") in stmts, stmts


def test_bare_titles_refer_to_the_titled_person():
    r = analyze("Hungary's prime minister has announced a plan. Critics spoke. "
                "Hungarian Prime Minister Viktor Orban defended it. The Kremlin leader Vladimir Putin agreed.")
    roles = {(x.person, x.relation, x.affiliation) for x in r.roles}
    assert ("person:viktor orban", "LeaderOf", HU) in roles
    assert ("person:vladimir putin", "LeaderOf", HU) not in roles


def test_an_ally_in_a_nato_story_is_a_member_of_nato():
    r = analyze("NATO ambassadors met in Budapest. “We consider Hungary an ally,” said US Ambassador David Pressman.")
    assert (HU, "MemberOf", NATO, "positive") in {(s.subject, s.relation, s.object, s.polarity) for s in r.statements}


@pytest.mark.parametrize(("text", "places", "others"), [
    # a city the model tags a person or a body is a place where the story uses it as one
    ("Russian missiles struck Kharkiv on Tuesday, killing four people.", ["place:kharkiv"], ["person:kharkiv"]),
    ("Russian drones struck Kharkiv and Sumy overnight.", ["place:kharkiv", "place:sumy"],
     ["org:n:kharkiv", "person:sumy"]),
    ("The RSF has besieged El Fasher for months.", ["place:el fasher"], ["org:n:el fasher"]),
    ("The siege of Mariupol ended in May.", ["place:mariupol"], ["org:n:mariupol"]),
    ("Rebels entered Goma, a city of two million people.", ["place:goma"], ["person:goma"]),
    ("Strikes on Khan Younis continued, the ministry said.", ["place:khan younis"], ["person:khan younis"]),
    # (all through the story, once one mention shows it)
    ("A drone hit a building in Odesa overnight, the mayor of Odesa said.", ["place:odesa"], ["org:n:odesa"]),
    # a name that is also a city's stays a person's where nothing shows a place
    ("Mary told reporters the deal was done.", [], ["place:mary"]),
    ("Trump attacked Kennedy on Monday.", [], ["place:kennedy"]),
    ("Kim Jong Un met envoys. Kim said the talks went well.", [], ["place:kim"]),
])
def test_a_city_taken_for_a_person_or_a_body_is_a_place(text, places, others):
    r = analyze(text)
    assert all(r.types.get(p) == "Place" for p in places), r.types
    assert not set(others) & set(r.types), r.types


def test_partial_and_misspelt_names_are_one_person():
    r = analyze("Hungarian Prime Minister Viktor Orban spoke. Orban said Hungary would not veto the aid package. "
                "Later, Orbag repeated it.")
    assert "person:orban" not in r.types and "person:orbag" not in r.types
    assert "person:viktor orban" in r.types


def test_offsets_point_at_the_evidence():
    text = " date 2024-06-12 https://example.org/x\n\nHungary will not fund the NATO mission in Ukraine. It said so."
    doc = Document("doc-x", "x.txt", text, date="2024-06-12", body_start=16)
    segments = [(d, seg.offset) for d, seg in iter_parsed([doc], load_nlp())]
    r = analyze_document(doc, segments, load_gazetteer(), load_lexicon())
    assert r.statements
    for s in r.statements:
        assert text[s.start : s.end] == r.evidence[(s.start, s.end)]
        assert text[s.start : s.end].startswith("Hungary will not fund")


def test_explicit_sentence_date():
    doc = Document("doc-d", "d.txt", "On December 3rd, Hungary refused to fund the NATO mission in Ukraine.", date="2024-12-10")
    segments = [(d, seg.offset) for d, seg in iter_parsed([doc], load_nlp())]
    r = analyze_document(doc, segments, load_gazetteer(), load_lexicon())
    assert {s.date for s in r.statements} == {"2024-12-03"}


def test_an_apposition_naming_a_described_body_gives_the_role():
    # "Senior General X, the junta's leader": the junta is the state described before
    r = analyze("Guinea's junta has delayed the vote. Colonel Mamadi Doumbouya, the junta's leader, "
                "said elections would wait.")
    assert ("Mamadi Doumbouya", "LeaderOf", "Guinea") in analyze_and_resolve(r)


def test_two_armies_after_an_earlier_clause_are_the_two_states():
    # the subject of a main clause is not left out of "the two armies" in its time clause
    r = analyze("Ecuador took its border dispute with Peru to court on Monday, weeks after an exchange of fire "
                "between the two armies killed a soldier.")
    got = {(s.subject, s.relation, s.object, s.polarity) for s in r.statements}
    assert ("state:PE", "Attack", "state:EC", "positive") in got, got


def test_the_agreement_is_the_deal_made_before_not_a_plan_named_since():
    r = analyze("Serbia and Kosovo accepted an EU-brokered compromise in March. Brussels later unveiled a "
                "growth plan for the Western Balkans. \"Serbia stands by the agreement,\" its foreign minister said.")
    got = {(s.subject, s.relation, s.object, s.polarity) for s in r.statements}
    assert ("state:RS", "Commit", "init:eu brokered compromise", "positive") in got, got


def test_a_day_after_an_initiative_is_not_part_of_its_name():
    r = analyze("Members of the World Trade Organization formally adopted a legally binding accord on Tuesday "
                "to curb fishing subsidies. Chile backed the accord.")
    names = {n for k, v in r.surfaces.items() if k.startswith("init:") for n in v}
    assert "legally binding accord" in names, names
    assert not any("Tuesday" in n for n in names), names


def test_a_clause_after_an_initiative_is_still_part_of_its_name():
    r = analyze("The EU adopted a sanctions package against buying Russian oil. Hungary backed the package.")
    names = {n for k, v in r.surfaces.items() if k.startswith("init:") for n in v}
    assert "sanctions package against buying Russian oil" in names, names


def test_his_at_the_start_of_a_sentence_is_the_last_subject():
    r = analyze("Georgia's prime minister, Irakli Kobakhidze, said on Monday he would not drop the law after "
                "meeting European Council President Charles Michel. His ruling Georgian Dream party backed him.")
    stmts = analyze_and_resolve(r)
    assert ("Irakli Kobakhidze", "LeaderOf", "Georgian Dream") in stmts, stmts
    assert ("Charles Michel", "LeaderOf", "Georgian Dream") not in stmts, stmts


def test_the_government_is_the_story_s_own():
    # a story about Georgia names Russia in passing; "the government" is still Georgia's
    r = analyze("TBILISI, May 2 (News) - Georgia passed the law on Tuesday. Georgia's parliament voted 84 to 30. "
                "Critics in Georgia call it a copy of a Russian law. Brussels urged the government to withdraw it.")
    got = {(s.subject, s.relation, s.object, s.polarity) for s in r.statements}
    assert ("org:european-union", "Request", "state:GE", "positive") in got, got
    assert ("org:european-union", "Request", RU, "positive") not in got, got


# documents whose bare titles ("President X", "Prime Minister Y") take a state from the story:
# (text, resolved (person, relation, state) that must be there, and that must not)
BARE_TITLE_STORIES = [
    # "X offered …, and Prime Minister Y spoke …"; "Z hosted talks under President W"
    (("Norway offered to mediate, and Prime Minister Jonas Gahr Store spoke by phone with both leaders. "
      "France hosted talks in 2019 under President Emmanuel Macron."),
     [("Jonas Gahr Store", "LeaderOf", "Norway"), ("Emmanuel Macron", "LeaderOf", "France")], []),
    # filed from Managua, opening on Nicaragua, though China is named more often
    (("MANAGUA, Dec 10 (News) - Nicaragua cut ties with Taiwan on Friday and recognised China. "
      "China welcomed the step. Beijing said China would help. China and Taiwan traded barbs. Nicaragua was proud. "
      "President Daniel Ortega spoke on television on Saturday."),
     [("Daniel Ortega", "LeaderOf", "Nicaragua")], [("Daniel Ortega", "LeaderOf", "China")]),
    # "Congolese" names no single state in the gazetteer: not Uganda's office by default
    (("KAMPALA, Dec 6 (News) - Uganda sent troops across its border. Uganda said the troops "
      "would stay. Ugandan officials said Uganda would pay. Congolese President Felix Tshisekedi agreed."),
     [], [("Felix Tshisekedi", "LeaderOf", "Uganda")]),
    # a party adjective is not a foreign nationality
    (("WASHINGTON, May 1 (News) - The United States imposed new tariffs. The United States said "
      "the tariffs would stay. Republican Senator Mitt Romney criticised the move."),
     [("Mitt Romney", "OfficialOf", "United States")], []),
    # Japan is named in the sentence, but as the place Luxon visited: the story's state stays his
    (("WELLINGTON, May 2 (News) - New Zealand will buy two frigates, officials said. New Zealand said the "
      "ships would arrive in 2030. Prime Minister Christopher Luxon, who visited Japan last month, praised "
      "the purchase."),
     [("Christopher Luxon", "LeaderOf", "New Zealand")], [("Christopher Luxon", "LeaderOf", "Japan")]),
    # after a turn to a rarely named state, a bare title is that state's
    (("LA PAZ, May 2 (News) - Bolivia will open its lithium fields to foreign firms. Bolivia said the rules "
      "would change next year, and Bolivia's miners protested.\n\nNeighbouring Peru is taking a different "
      "path. President Dina Boluarte announced that a state firm would run the mines."),
     [("Dina Boluarte", "LeaderOf", "Peru")], [("Dina Boluarte", "LeaderOf", "Bolivia")]),
    # a secretary general never heads the story's state
    (("QUITO, May 2 (News) - Ecuador expelled two diplomats on Monday. Ecuador said the envoys had broken "
      "the rules, and Ecuador recalled its own. Secretary General Luis Almagro said the council would meet "
      "on Friday."),
     [], [("Luis Almagro", "LeaderOf", "Ecuador")]),
    # a party's leader is not the state's; one whose counterpart is of the story's state is not of it
    (("LONDON, May 2 (News) - Britain will tighten its visa rules. Britain said the change would start in "
      "June, and Britain will review it next year. Conservative leader Kemi Badenoch called the plan cruel."),
     [], [("Kemi Badenoch", "LeaderOf", "United Kingdom")]),
    (("ROME, May 2 (News) - Italy summoned Libya's envoy. Italy said the migrants' deaths were a crime, and "
      "Italy will ask for an inquiry. Foreign Minister Abdul Hamid told his Italian counterpart Antonio "
      "Tajani that the coast guard had acted lawfully."),
     [("Antonio Tajani", "OfficialOf", "Italy")], [("Abdul Hamid", "OfficialOf", "Italy")]),
    # a known leader's bare title is the office the leaders table knows, whatever the story's state
    (("TOKYO, Aug 24 (News) - Japan began releasing the treated water on Thursday. Japan said the release was "
      "safe, and Japan invited inspectors. President Yoon Suk Yeol said Seoul trusted the findings, while "
      "President Xi called the plan selfish."),
     [("Yoon Suk Yeol", "LeaderOf", "South Korea"), ("Xi", "LeaderOf", "China")],
     [("Yoon Suk Yeol", "LeaderOf", "Japan"), ("Xi", "LeaderOf", "Japan")]),
    # a known minister's or spokesperson's bare title is the state the officials table knows
    (("TOKYO, Aug 24 (News) - Japan began releasing the treated water on Thursday. Japan said the release was "
      "safe, and Japan invited inspectors. Foreign ministry spokesman Wang Wenbin called the plan selfish, and "
      "Foreign Minister Lavrov said Moscow shared the concern."),
     [("Wang Wenbin", "OfficialOf", "China"), ("Lavrov", "OfficialOf", "Russia")],
     [("Wang Wenbin", "OfficialOf", "Japan"), ("Lavrov", "OfficialOf", "Japan")]),
    # a chief minister heads a province, and is neither the story's state's official nor the
    # table's (Parrikar was India's defence minister before he ran Goa)
    (("PANAJI, March 17 (News) - India mourned the ex-minister. India said the funeral would be held on "
      "Monday, and India lowered its flags. Chief Minister Manohar Parrikar tweeted he was pained."),
     [], [("Manohar Parrikar", "OfficialOf", "India")]),
    # … but a surname alone is not looked up under a vague title ("head", "chief")
    (("SAO TOME, May 2 (News) - The veil covered the head of Jesus, the museum said."),
     [], [("Jesus", "LeaderOf", "São Tomé and Príncipe")]),
    # a leader the story's state accuses is not its leader
    (("BOGOTA, May 2 (News) - Colombia will cut ties with Israel, Colombian President Gustavo Petro said. "
      "Colombia will also recall its envoy, and Colombia will send aid to Gaza. Petro accused Prime "
      "Minister Benjamin Netanyahu of committing genocide."),
     [("Gustavo Petro", "LeaderOf", "Colombia")], [("Benjamin Netanyahu", "LeaderOf", "Colombia")]),
    # "the two governments" after a trio ("X, along with Y and Z") are not the trio's last two
    (("COTONOU, May 14 (News) - Benin will not let Niger load crude at its port until Niger reopens the border. "
      "Benin said Niger had acted in bad faith, and Niger said Benin hosted French troops. Niger, along with "
      "Mali and Burkina Faso, would quit ECOWAS. ECOWAS urged the two governments to reopen the frontier."),
     [("ECOWAS", "Request", "Benin"), ("ECOWAS", "Request", "Niger")], [("ECOWAS", "Request", "Mali")]),
    # a state inside what the titled person is reported to say is no evidence of the person's own
    (("OTTAWA, May 2 (News) - Canada expelled a diplomat. Canada said the envoy had targeted a lawmaker, and "
      "Canada will review its ties. Foreign Minister Melanie Joly said Zhao Wei, a diplomat at China's "
      "consulate in Toronto, had been declared persona non grata."),
     [("Melanie Joly", "OfficialOf", "Canada")], [("Melanie Joly", "OfficialOf", "China")]),
    # a bare title continuing a clause about a named state's government is that state's
    (("LA PAZ, June 27 (News) - Bolivia's army tried to seize the palace. Bolivia said the coup failed, and "
      "Bolivia arrested the general. Argentina's government condemned the attempt, but President Javier "
      "Milei later cast doubt on it."),
     [("Javier Milei", "LeaderOf", "Argentina")], [("Javier Milei", "LeaderOf", "Bolivia")]),
]


@pytest.mark.parametrize(("text", "present", "absent"), BARE_TITLE_STORIES,
                         ids=[row[0][:50] for row in BARE_TITLE_STORIES])
def test_bare_titles_take_the_state_the_story_gives(text, present, absent):
    assert_resolved(text, present, absent)


def assert_resolved(text, present, absent):
    """The resolved (subject, relation, object) labels of ``text`` hold every ``present`` triple
    and no ``absent`` one."""
    got = analyze_and_resolve(analyze(text))
    for item in present:
        assert item in got, got
    for item in absent:
        assert item not in got, got


def test_a_body_named_only_by_its_kind_is_the_state_s():
    # "Foreign Ministry spokesman X", "Finance Minister Y" (the model's ORG "Finance"), "U.S.
    # National Security Adviser Z": the state's official, not an official of a body called
    # "Foreign Ministry"; a party named like a portfolio ("Labour") stays the party
    r = analyze("Iran said on Monday it would answer. Foreign Ministry spokesman Esmaeil Baghaei said Tehran "
                "would not accept the demand.")
    got = analyze_and_resolve(r)
    assert ("Esmaeil Baghaei", "OfficialOf", "Iran") in got
    assert not any(s == "Esmaeil Baghaei" and o.lower() == "foreign ministry" for s, _, o in got)
    r = analyze("U.K. National Security Adviser Jonathan Powell met Ukrainian President Volodymyr Zelenskiy in Kyiv.")
    assert ("Jonathan Powell", "OfficialOf", "United Kingdom") in analyze_and_resolve(r)
    r = analyze("Britain held an election. Labour leader Keir Starmer called the plan a gimmick.")
    assert ("Keir Starmer", "LeaderOf", "Labour") in analyze_and_resolve(r)


@pytest.mark.parametrize("text, present, absent", [
    # the office's state comes from the sentence, the story or the leaders table, not from the
    # party the same person is said to lead further on
    pytest.param("Canada and India traded accusations on Monday. Prime Minister Mark Carney said talks with "
                 "India would go on. Carney's Liberal Party holds a slim majority in parliament.",
                 [("Mark Carney", "LeaderOf", "Canada"), ("Mark Carney", "LeaderOf", "Liberal Party")], [],
                 id="a party led is no clue to the state a prime minister leads"),
    # the host's state is the nearest to the guest's title, but the table knows whose president
    # Isaias Afwerki is
    pytest.param("Ethiopia built a dam on the Nile. Egyptian President Abdel Fattah al-Sisi hosted Eritrean "
                 "President Isaias Afwerki in Cairo in January, and the two leaders criticised the dam.",
                 [("Isaias Afwerki", "LeaderOf", "Eritrea")], [("Isaias Afwerki", "LeaderOf", "Egypt")],
                 id="the leaders table outranks a state read off the sentence"),
    # "Defence Secretary" is a British title when nothing else is known, but the officials table
    # knows whose defence secretary Gilberto Teodoro is
    pytest.param("The Philippines will keep resupplying its troops on the shoal. Defence Secretary Gilberto "
                 "Teodoro said the Philippines would not back down.",
                 [("Gilberto Teodoro", "OfficialOf", "Philippines")], [("Gilberto Teodoro", "OfficialOf", "United Kingdom")],
                 id="the officials table outranks a national title of another state"),
])
def test_the_state_an_office_belongs_to(text, present, absent):
    assert_resolved(text, present, absent)


def test_a_past_tense_taken_for_a_participle_keeps_its_subject():
    # "X's foreign minister, Name, called …" parsed as a verbless phrase with "called" a participle
    got = statements("Germany's foreign minister, Annalena Baerbock, called Belarusian leader Alexander "
                     "Lukashenko's threats unacceptable.")
    assert any(s == "person:annalena baerbock" and r == "Criticize" and o == "person:alexander lukashenko"
               for s, r, o, _p, _m in got), got


def test_a_city_s_office_before_a_name_is_not_the_state_s():
    # "the ambassador in Oslo, Name" holds the office before the place; "the mayor of Madrid,
    # Name" holds the city's, not Spain's
    roles = {(x.person, x.relation, x.affiliation) for x in analyze(
        "The mayor of Lisbon, Carlos Moedas, wrote on social media that the city mourned.").roles}
    assert not any(a == "state:PT" for _, _, a in roles), roles
    roles = {(x.person, x.relation, x.affiliation) for x in analyze(
        "Russia's ambassador in Oslo, Nikolai Korchunov, said Moscow wanted talks.").roles}
    assert ("person:nikolai korchunov", "OfficialOf", "state:RU") in roles, roles


def test_a_claim_rejected_in_apposition_is_the_deniers_word():
    """"Sudan said the UAE was funding the RSF, a claim the UAE rejected": the negative stands on the
    record as the UAE's, not as Sudan's."""
    got = analyze("Sudan said the UAE was funding the RSF, a claim the UAE rejected.").statements
    assert [(s.subject, s.relation, s.polarity, s.attributed_to) for s in got if s.relation == "Fund"] == [
        ("state:AE", "Fund", "negative", "state:AE")]


def test_a_parenthetical_speaker_is_who_said_it():
    """"Iran, Turkish Foreign Minister Hakan Fidan said, is supplying drones to Russia": Fidan's word,
    also for a verb joined after it ("…, President William Ruto said, and will not recognise …")."""
    got = analyze("Iran, Turkish Foreign Minister Hakan Fidan said, is supplying drones to Russia.").statements
    assert [(s.subject, s.attributed_to) for s in got if s.relation == "ProvideMilitaryAid"] == [
        ("state:IR", "person:hakan fidan")]
    got = analyze("Kenya will support Somalia, President William Ruto said, and will not recognise Somaliland.").statements
    assert {(s.polarity, s.attributed_to) for s in got if s.relation == "Support"} == {
        ("positive", "person:william ruto"), ("negative", "person:william ruto")}


def test_the_tables_read_a_title_in_the_year_of_the_story():
    # "Secretary-General Antonio Guterres" with no body named: the leaders table, read in the
    # document's year, gives the United Nations (he led the refugee agency until 2015; undated,
    # the two offices leave it unsaid)
    text = "Secretary-General Antonio Guterres has asked the Security Council to meet on the crisis."
    doc = Document("doc-g", "g.txt", text, date="2024-12-12")
    segments = [(d, seg.offset) for d, seg in iter_parsed([doc], load_nlp())]
    r = analyze_document(doc, segments, load_gazetteer(), load_lexicon())
    assert ("Antonio Guterres", "LeaderOf", "United Nations") in analyze_and_resolve(r)
    doc = Document("doc-g", "g.txt", text, date="2012-03-01")
    segments = [(d, seg.offset) for d, seg in iter_parsed([doc], load_nlp())]
    r = analyze_document(doc, segments, load_gazetteer(), load_lexicon())
    assert ("Antonio Guterres", "LeaderOf", "United Nations") not in analyze_and_resolve(r)


def test_a_known_body_read_off_a_word_the_mentions_did_not_index_is_still_a_node():
    # "U.N.-backed" is one token: the United Nations is named nowhere else, yet is the backer
    got = analyze_and_resolve(analyze("The U.N.-backed government in Tripoli rejected the plan on Monday."))
    assert ("United Nations", "Support", "Libya") in got
    # a name that opens with a lowercase particle is found though the model did not tag it
    got = analyze_and_resolve(analyze("Ethiopia sent troops to fight the al Qaeda-linked al Shabaab group."))
    assert ("al-Shabaab", "Cooperate", "al-Qaeda") in got
