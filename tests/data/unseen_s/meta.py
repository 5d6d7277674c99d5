# -*- coding: utf-8 -*-
"""Per-article metadata of set (s) (articles.jsonl), written by hand."""

LICENSE = ("CC BY 2.5 (Wikinews, https://creativecommons.org/licenses/by/2.5/); text changed by format conversion and "
           "markup stripping")
RETRIEVAL = ("mixed Wikinews corpus /work/shared/corpora/wikinews_mixed (see its SOURCE.md: toscaData politics/economy "
             "sets and vanatteveldt/wikinews 2019-2020), via the candidate pool of this set; the record's `text` field "
             "used unchanged")

TOSCA = "from toscaData (Docma-TU/toscaData @ 79923805, data/politics.rda)"
PUB_TOSCA = "'published' field of the source record (toscaData; Wikinews date category)"


def _m(aid, title, record, conflict, notes, pub_source=PUB_TOSCA):
    url = "https://en.wikinews.org/wiki/" + title.replace(" ", "_")
    return dict(id=aid, title=title, url=url, retrieved_from=url, original_url=None, outlet="Wikinews",
                license=LICENSE, publication_date="-".join(aid.split("_")[1:4]), publication_date_source=pub_source,
                conflict=conflict, text_complete=True,
                notes=f"Source record {record} " + notes + " Whole text used (not cut).")


KEPT = "Text as in the source record (markup-stripping leftovers such as double spaces before former links kept)."

META = [
    _m("wn_2005_02_23_iraq_australia_troops", "Australian government commits more troops to Iraq", "wn-politics-4987",
       "Iraq War: Australia commits 450 more troops to Al Muthanna province, February 2005",
       f"{TOSCA}. {KEPT} The source text spells 'yesteday's' (kept)."),
    _m("wn_2005_04_12_nepal_maoist_clash", "Death toll mounts in Nepal civil conflict", "wn-politics-7751",
       "Nepalese Civil War: Maoist attack on a Royal Nepalese Army outpost, April 2005, and the toll of nine years of conflict",
       f"{TOSCA}. {KEPT} Italics markup (''The Hindu'', ''San Francisco Chronicle'') and the empty 'between  guerrillas' kept."),
    _m("wn_2005_08_04_afghanistan_nato_expansion", "NATO to expand Afghanistan presence", "wn-politics-17757",
       "War in Afghanistan: NATO/ISAF expansion plans and force sizes, August 2005",
       f"{TOSCA}. {KEPT} Literal '&mdash;' entities (twice) and the misspelling 'Liuetenant-General' kept."),
    _m("wn_2006_01_23_sri_lanka_soldiers_ambush", "Sri Lankan attack disrupts peace envoy", "wn-politics-31644",
       "Sri Lankan Civil War: soldiers killed by a mine in the east as Erik Solheim arrives, January 2006",
       f"{TOSCA}. {KEPT} Ends with '==Related news== *' (markup left by the conversion); kept."),
    _m("wn_2006_07_20_somalia_ethiopian_troops", "Somali tensions rise as Ethiopia sends in troops", "wn-politics-45737",
       "Somalia 2006: Ethiopian troops cross into Somalia (Luuq, Baidoa) as the Islamic Courts advance, July 2006",
       f"{TOSCA}. {KEPT} Ends with '==Related news== *' (markup left by the conversion); kept."),
    _m("wn_2006_08_24_lebanon_france_unifil", "France offers promised 2000 soldiers to the UN in Lebanon", "wn-politics-48113",
       "2006 Lebanon war aftermath: France raises its UNIFIL contingent to 2,000, August 2006",
       f"{TOSCA}. {KEPT} The headline's 'promised 2000 soldiers' matches the body ('will be increased to 2,000')."),
    _m("wn_2007_05_13_iraq_mahmoudiyah_patrol", "Five members of US patrol killed; Three missing in Iraq", "wn-politics-68763",
       "Iraq War: attack on a US patrol near Mahmoudiyah, May 2007 (three soldiers seized, claimed by the Islamic State of Iraq)",
       f"{TOSCA}. Starts with a leftover '<noinclude>' tag; {KEPT} The text gives no date for the attack. The headline says 'Three missing'; the body says '3 presumed kidnapped'."),
    _m("wn_2007_10_09_pakistan_north_waziristan", "At least 150 militants and 50 Pakistani troops killed in clashes", "wn-politics-82106",
       "War in North-West Pakistan: battles around Mir Ali, North Waziristan, 6-9 October 2007",
       f"{TOSCA}. Starts with the leftover image word 'thumb'; 'The Pakistan i army' and the lost link label 'killed in  between' kept. {KEPT} The headline's 'At least 150' vs the body's 'at least 150 to 200'."),
    _m("wn_2008_03_26_comoros_anjouan_invasion", "African troops invade rebel-held island of Anjouan", "wn-politics-102883",
       "2008 invasion of Anjouan (Comoros and African Union forces against Mohamed Bacar), 25 March 2008",
       f"{TOSCA}. {KEPT} Source spellings 'miltias' and 'South Africa n' kept."),
    _m("wn_2008_07_04_chad_kouno_sect", "Over 60 members of Chadian sect killed by troops after violence", "wn-politics-109189",
       "Chad 2008: fighting between a religious sect and the security forces near Kouno, Chari-Baguirmi (reported 4 July 2008)",
       f"{TOSCA}. Starts with the dateline word 'Chad'; 'Chad ian sect' kept. {KEPT} The headline says 'killed by troops'; the body says 'fighting with police'. The text gives no date for the fighting."),
    _m("wn_2008_09_22_spain_santona_eta_bomb", "ETA bomb kills soldier in northern Spain", "wn-politics-113504",
       "ETA campaign: car bombs in Vitoria-Gasteiz, Ondarroa (21 September 2008) and Santona (22 September 2008)",
       f"{TOSCA}. {KEPT}"),
    _m("wn_2009_03_08_iraq_baghdad_police_recruits", "Explosion in Baghdad claims 28 lives", "wn-politics-122159",
       "Iraq 2009: suicide bombing at a police recruitment centre on Palestine Street, Baghdad, 8 March 2009",
       f"{TOSCA}. Starts with the leftover template word 'publish' and the dateline word 'Iraq'; {KEPT}"),
    _m("wn_2019_01_24_afghanistan_maidan_wardak",
       "Car bomb ramming attack kills dozens at military base in Maidan Wardak, Afghanistan", "wn-all2019-017",
       "War in Afghanistan: Taliban car bomb at an NDS training centre in Maidan Shahr, 21 January 2019 (with the Ghazni assault of August 2018 and a Kabul bombing of the previous week)",
       "from vanatteveldt/wikinews @ 347254178 (data/wikinews_2019.csv). vanatteveldt record: starts with the date line 'Thursday, January 24, 2019 ' and paragraphs are separated by blank lines (three newlines); kept as in the source record.",
       pub_source="'published' field of the source record (vanatteveldt; matches the date line at the top of the text)"),
]
