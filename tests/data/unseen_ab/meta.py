# -*- coding: utf-8 -*-
"""Per-article metadata of set (ab) (articles.jsonl), written by hand. Two kinds of source: English Wikinews records
of the mixed Wikinews corpus (CC BY 2.5; text published before 2005-09-25 public domain) and US federal government
works found with the research search tool (public domain: Voice of America news stories and a VOA Learning English
newscast)."""

LICENSE = ("CC BY 2.5 (Wikinews, https://creativecommons.org/licenses/by/2.5/); text changed by format conversion and "
           "markup stripping")
LICENSE_PD = ("Public domain (Wikinews text published before 2005-09-25 was released into the public domain; see "
              "wikinews_mixed.SOURCE.md); text changed by format conversion and markup stripping")
PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced by VOA is in "
          "the public domain)")
PD_VOA_WIRE = PD_VOA + ("; the VOA News byline note says such stories 'may contain information from wire service "
                        "reports'")
RETRIEVAL = ("Wikinews records: mixed Wikinews corpus /work/shared/corpora/wikinews_mixed (see its SOURCE.md: toscaData "
             "politics set), the record's `text` field used unchanged. Government works: research search tool, corpus "
             "'pages' (stored copies of public web pages, about the first 2,000 characters); text copied from the "
             "stored copy, page furniture removed")

WN_DATE = "'published' field of the source record (toscaData; Wikinews date category)"


def WN(rid, extra=""):
    return ("Source record %s from toscaData (Docma-TU/toscaData @ 79923805, data/politics.rda). Text as in the source "
            "record (markup-stripping leftovers kept). Whole text used (not cut). %s" % (rid, extra)).strip()


def wn(aid, title, date, rid, conflict, notes="", date_source=None):
    url = "https://en.wikinews.org/wiki/" + title.replace(" ", "_")
    return dict(id=aid, title=title, url=url, retrieved_from=url, original_url=None, outlet="Wikinews",
                license=LICENSE_PD if date < "2005-09-25" else LICENSE,
                publication_date=date, publication_date_source=date_source or WN_DATE,
                conflict=conflict, text_complete=True, notes=WN(rid, notes))


def voa(aid, title, url, date, date_source, conflict, complete, notes, outlet="Voice of America (VOA News)",
        license=PD_VOA_WIRE):
    return dict(id=aid, title=title, url=url, retrieved_from=url, original_url=None, outlet=outlet, license=license,
                publication_date=date, publication_date_source=date_source, conflict=conflict,
                text_complete=complete, notes=notes)


META = [
    wn('wn_2005_04_23_iraq_widespread_insurgent_attacks', 'Widespread insurgencies in Iraq', '2005-04-23',
       'wn-politics-8695', 'Iraq War: insurgent bombings and shootings across Iraq on Saturday 23 April 2005 (and a '
       'Baghdad mosque bombing the day before)',
       "The attack list is a wiki bullet list flattened by the conversion (':*' markers kept); the list item '11 Iraqi "
       "killed' keeps its source wording."),
    wn('wn_2005_04_25_iraq_baghdad_tikrit_bombings', 'Iraqi insurgency continues unabated, new hopes for a cabinet',
       '2005-04-25', 'wn-politics-8781',
       'Iraq War: twin car bombs in Baghdad and suicide bombings in Tikrit, Sunday 24 April 2005, and other attacks',
       "'<br>' tags and ':*' list markers of the flattened wiki list kept."),
    wn('wn_2005_06_20_iraq_restaurant_irbil_bombings', 'Scores killed and wounded as violence escalates in Iraq',
       '2005-06-20', 'wn-politics-12154',
       'Iraq War: suicide bombings in Baghdad, Tikrit and Irbil and fighting near Karabilah and Fallujah, 19-20 June 2005',
       "Starts with an HTML comment left by the conversion; the place name 'Ibril' (Irbil/Erbil) is spelled as in the "
       "source."),
    wn('wn_2006_06_10_india_assam_ulfa_blasts', 'Rebels blow up oil pipelines in Assam', '2006-06-10',
       'wn-politics-42850', 'Insurgency in Assam (ULFA): bombings in Guwahati, Tinsukia and Dibrugarh districts, 8-9 June '
       '2006'),
    wn('wn_2007_01_01_thailand_bangkok_new_year_bombs', 'Bangkok hit with further New Year bomb blasts', '2007-01-01',
       'wn-politics-57459', 'Bombings in Bangkok on New Year\'s Eve 2006 and New Year\'s Day 2007 (after the 2006 coup; '
       'South Thailand insurgency mentioned)',
       "Starts with the leftover template marker 'InfosectionEnd  }}'; one place name was lost in conversion "
       "('The biggest toll was at , where')."),
    wn('wn_2007_04_08_iraq_diwaniya_airstrike', 'US strikes suspected Iraqi insurgents', '2007-04-08',
       'wn-politics-64726', 'Iraq War: Operation Black Eagle in Diwaniya against Mahdi Army militiamen, 6-7 April 2007',
       "A quoted statement of Lt. Col. Scott Bleichwehl was lost in conversion ('said:    In a statement')."),
    wn('wn_2006_05_07_iraq_basra_helicopter_downed', 'Iraqis celebrate deaths of British troops', '2006-05-07',
       'wn-politics-40049', 'Iraq War: a British helicopter shot down over Basra and the clashes that followed, 6 May 2006'),
    wn('wn_2008_05_11_lebanon_tripoli_beirut_fighting', 'Fighting continues in Tripoli, Lebanon', '2008-05-11',
       'wn-politics-105869', 'Lebanon conflict of May 2008: fighting between Hezbollah and government supporters in '
       'Beirut and Tripoli'),
    wn('wn_2005_08_17_bangladesh_serial_bombs', 'Bangladesh hit by several bomb explosions', '2005-08-17',
       'wn-politics-18871', 'Islamist bombing campaign in Bangladesh (Jamaat-ul-Mujahideen): the nationwide serial '
       'bombings of 17 August 2005',
       "Another set (v) has a different Jamaat-ul-Mujahideen attack (the November 2005 court bombings); the 17 August "
       "2005 bombings are not in any other folder."),
    wn('wn_2005_03_23_lebanon_jounieh_mall_bomb', 'Explosion near Beirut kills three, injures five', '2005-03-23',
       'wn-politics-6173', 'Bombings in Lebanon after the assassination of Rafic Hariri (Cedar Revolution period): the '
       'bombing of a shopping centre at Jounieh (Kaslik), 23 March 2005',
       "Ends with a flattened 'See also' line (Cedar Revolution, Wikipedia), kept."),
    wn('wn_2007_01_25_lebanon_beirut_sectarian_clashes', 'Four killed in sectarian clashes in Beirut', '2007-01-25',
       'wn-politics-59368', 'Lebanese political crisis 2006-2008: clashes in Beirut starting at Beirut Arab '
       'University, 25 January 2007'),
    wn('wn_2008_01_27_kenya_nakuru_molo_violence', 'At least 45 killed in new wave of violence in Kenya', '2008-01-27',
       'wn-politics-97814', 'Kenyan post-election crisis 2007-2008: ethnic violence in Nakuru and Molo, 25-27 January '
       '2008'),
    wn('wn_2007_10_18_pakistan_karachi_bhutto_convoy_bombing',
       "'Large-scale attack' against ex-Prime Minister Bhutto leaves more than 100 dead in Pakistan", '2007-10-18',
       'wn-politics-82661', 'Terrorism in Pakistan: the bombing of Benazir Bhutto\'s homecoming convoy in Karachi, 18 '
       'October 2007',
       "Conversion leftover 'Pakistan i Prime Minister' kept. Headline 'more than 100' vs body 'at least 136' "
       "(consistent)."),
    wn('wn_2007_10_25_macedonia_tanusevci_police_ambush', 'Macedonian policeman killed in attack near Kosovo',
       '2007-10-25', 'wn-politics-83284', 'Ethnic Albanian armed violence in northern Macedonia near the Kosovo border: '
       'ambush of a police patrol near Tanusevci, 24 October 2007',
       "Conversion leftover 'Macedonia n police officer' kept."),
    wn('wn_2006_05_15_brazil_sao_paulo_pcc_attacks', 'Wave of attacks strike policemen in Brazil', '2006-05-15',
       'wn-politics-40673', 'Organised armed violence in Brazil: the PCC (Primeiro Comando da Capital) attacks on '
       'security forces and prison riots in Sao Paulo state, 12-15 May 2006',
       "Criminal rather than political armed violence; kept because it is an organised armed group's attack campaign "
       "on police (Latin America)."),
    wn('wn_2005_07_22_egypt_sharm_el_sheikh_bombings', 'Many dead in Egyptian resort blasts', '2005-07-22',
       'wn-politics-16326', 'Terrorism in Egypt: the Sharm el-Sheikh bombings of 23 July 2005 (local time; late 22 July '
       'UTC) and the Taba/Ras Shitan bombings of October 2004',
       "Dated 22 July by the Wikinews date category although the blasts were at 1am local time on Saturday 23 July "
       "(22:00 UTC on 22 July). One name was lost in conversion ('The British Foreign Minister, , also')."),
    wn('wn_2007_03_10_afghanistan_italian_journalist_kidnapped',
       'Taliban claim responsibility for kidnapping of Italian journalist', '2007-03-10', 'wn-politics-62220',
       'War in Afghanistan: the Taliban kidnapping of Daniele Mastrogiacomo and two Afghans in Helmand/Kandahar, March '
       '2007 (and of Gabriele Torsello, October 2006)'),
    wn('wn_2006_03_27_iraq_mosul_recruiting_centre_bombing', 'Bomb blast near Mosul, Iraq kills at least 40',
       '2006-03-27', 'wn-politics-37150', 'Iraq War: suicide bombing of a police recruiting centre at Kisak near Mosul, '
       '27 March 2006; the Baghdad mosque-compound raid of 26 March 2006'),
    wn('wn_2005_11_10_iraq_baghdad_restaurant_bombing', 'Over 30 killed in a Baghdad restaurant bombing', '2005-11-10',
       'wn-politics-25799', 'Iraq War: suicide bombing of a Baghdad restaurant frequented by police, 10 November 2005'),
    wn('wn_2005_06_29_afghanistan_kunar_chinook_downed',
       'US helicopter with 17 on board believed to have been shot down in Afghanistan', '2005-06-29',
       'wn-politics-13160', 'War in Afghanistan: the CH-47 Chinook shot down near Asadabad, Kunar, 28 June 2005',
       "Contains two bracketed external links from the wiki markup, kept."),
    wn('wn_2006_07_16_iraq_garmat_ali_tuz_khurmatu', 'UK soldier killed near Basra', '2006-07-16', 'wn-politics-45374',
       'Iraq War: a British raid in the Garmat Ali area near Basra (15 July 2006) and a suicide bombing of a cafe in Tuz '
       'Khurmatu (16 July 2006)'),
    wn('wn_2005_03_20_pakistan_fatahpur_mosque_blast', 'Explosion kills 35 in Pakistan; many injured', '2005-03-20',
       'wn-politics-5989', 'Sectarian/tribal violence in Balochistan, Pakistan: the bombing at a shrine-mosque in '
       'Fatahpur (Jhal Magsi), 19 March 2005',
       "A source name was lost in conversion ('administrator Mahmood Mari told .'); 'has has' kept."),
    voa('voa_2013_04_11_syria_sanamein_battle', "Activists: Battle in Syria's South Kills 50",
        'https://www.voanews.com/content/activists-say-battle-in-syria-killed-50/1639454.html', '2013-04-11',
        "inferred: the stored copy shows no date line; its removed chart caption is 'updated April 11, 2013', the HRW "
        "report 'published Thursday' (11 April 2013) and the battle 'happened Wednesday' (10 April 2013)",
        'Syrian civil war: the government assault on Sanamein, Daraa, 10 April 2013; a helicopter downed in Idlib',
        False,
        "VOA News story on voanews.com. Site header ('Accessibility links', 'Breaking News'), title, the chart caption "
        "'Syria deaths from conflict, updated April 11, 2013' (twice) and the crosshead 'Charges of deliberate attacks' "
        "removed. The stored copy breaks off mid-sentence ('...when carried out as part of '); the text ends at the "
        "last complete sentence before it."),
    voa('voa_2012_06_12_syria_34_killed_haffeh', 'Heavy Fighting Kills 34 in Syria, UN Monitors Blocked',
        'http://www.voanews.com/content/syria-fighting-russia-helicopters/1208111.html', '2012-06-12',
        "inferred: the stored copy shows no date line; Clinton's remarks on Russian attack helicopters 'Tuesday' were "
        "made on Tuesday 12 June 2012",
        'Syrian civil war: government attacks of 12 June 2012 (Deir al-Zour, Homs, Aleppo) and the blocking of UN '
        'monitors at al-Haffeh', False,
        "VOA News story on voanews.com. Section label 'News / Middle East', title, photo captions ('Smoke rises from "
        "buildings hit by shelling in Homs, Syria', three times), the run-together bylines and the crossheads 'Video "
        "footage from Syria' and 'Escalation in Al-Haffeh' removed; the page's four-space paragraph indents dropped. "
        "The stored copy breaks off ('The U'); the text ends at the last complete sentence before it. Mentions news "
        "agencies as a source."),
    voa('voa_2013_12_24_south_sudan_bor_retaken_peacekeepers', 'South Sudan: Army Retakes State Capital from Rebels',
        'http://www.voanews.com/content/us-positions-troops-to-enter-south-sudan/1816519.html', '2013-12-24',
        "inferred: the stored copy shows no date line; the Security Council vote 'Tuesday' on 5,500 more peacekeepers "
        "was on Tuesday 24 December 2013, and the retaking of Bor was announced that day",
        'South Sudanese Civil War: the army retakes Bor; UNMISS reinforcement; US Marines to Djibouti; the Bentiu '
        'mass grave, December 2013', False,
        "VOA News story on voanews.com. Section label, title, photo caption, the 'VOA News' byline and four map labels "
        "('Bor, South Sudan') removed; the copy's single line breaks between paragraphs are written as blank lines and "
        "one trailing space was dropped. The stored copy breaks off mid-sentence ('...that talks ar'); the text ends "
        "at the last complete sentence before it."),
    voa('voa_2014_01_15_south_sudan_malakal_clashes', 'South Sudan Forces, Rebels Clash in Upper Nile',
        'http://www.voanews.com/content/government-forces-rebels-clash-in-south-sudans-upper-nile-region/1830667.html',
        '2014-01-15',
        "inferred: the stored copy shows no date line; the fighting 'on Wednesday' follows a removed photo caption "
        "dated Jan. 12, 2014 (a Sunday), so the Wednesday is 15 January 2014; VOA's content number (1830667) lies "
        "between items of 29 December 2013 and 5 March 2014 in other sets",
        'South Sudanese Civil War: fighting for Malakal, Upper Nile, January 2014', False,
        "VOA News story on voanews.com. Section label, title, photo caption ('SPLA soldiers on guard in Bentiu, Unity "
        "state, Jan. 12, 2014.', twice) and the 'VOA News' byline removed. The stored copy breaks off inside a quotation "
        "('...she commente'); the text ends at the last complete sentence before that paragraph."),
    voa('voa_2016_04_02_nagorno_karabakh_fighting', 'Heavy Fighting Breaks Out Between Armenia, Azerbaijan',
        'http://www.voanews.com/content/heavy-fighting-armenia-azerbaijan/3265938.html', '2016-04-02',
        "inferred: the stored copy shows no date line; 'Media reports on Saturday' and the removed photo caption dated "
        "April 2, 2016 (a Saturday)",
        'Nagorno-Karabakh conflict: the April 2016 escalation (first day, 2 April 2016)', False,
        "VOA News story on voanews.com. Site header, the 'update' label, title and the photo caption (a 12-year-old "
        "wounded in Stepanakert, twice; not part of the text, so not annotated) removed. The stored copy breaks off "
        "mid-sentence ('...continued violence in'); the text ends at the last complete sentence before it."),
    voa('voa_2015_10_08_english_newscast', 'VOA English Newscast: 2000 UTC October 8, 2015',
        'https://learningenglish.voanews.com/a/voa-english-newscast-october8/2997535.html', '2015-10-08',
        "title of the page ('2000 UTC October 8, 2015')",
        'Newscast: Russian air campaign in Syria; NATO response force; the US airstrike on the MSF hospital in Kunduz '
        '(3 October 2015); an attack on UN peacekeepers in the Central African Republic', False,
        "Transcript of a VOA radio newscast on VOA Learning English. Site header, title, photo caption ('Russia "
        "launches missiles from Caspian Sea, Oct. 7, 2015', twice) and audio-player lines ('please wait', 'No media "
        "source currently available', '0:00 0:02:01 0:00', 'Direct link') removed. The stored copy breaks off "
        "mid-sentence ('...a convoy traveling between th'); the text ends at the last complete sentence before it.",
        outlet='Voice of America (VOA Learning English newscast)', license=PD_VOA),
    voa('voa_2013_10_08_car_gaga_clashes', '23 Killed in CAR Unrest',
        'https://voa.pangea-cms.com/preview/en-US/a/twenty-three-killed-in-car-unrest/1765579.html', '2013-10-08',
        "inferred: the stored copy shows no date line; the fighting 'erupted early Tuesday', the removed photo caption "
        "is dated Oct. 7, 2013 (a Monday) and 'Last month' (September) Djotodia disbanded Seleka, so the Tuesday is 8 "
        "October 2013; VOA's content number (1765579) lies just before an item of 13 October 2013 in another set",
        'Central African Republic conflict: clashes between local militias and ex-Seleka fighters at Gaga, October 2013',
        True,
        "VOA News story, preview copy on VOA's content system (voa.pangea-cms.com). Site header, title, photo caption "
        "and the standard 'VOA News' byline box (and screen-size labels) removed. The text is whole."),
    voa('voa_2014_08_26_car_bambari_seleka_factions', '17 Killed in CAR Battle Between Seleka Factions',
        'https://voa.pangea-cms.com/preview/en-US/a/seventeen-killed-in-car-battle-between-seleka-factions/2428588.html',
        '2014-08-26',
        "inferred (approximate): the stored copy shows no date; fighting 'on Monday' reported by a faction leader 'on "
        "Tuesday'; VOA's content number (2428588) lies between items of 3 August and 9 September 2014 in other sets, "
        "which puts the Tuesday at about 26 August 2014 (estimate, within about a week)",
        'Central African Republic conflict: fighting between ex-Seleka factions in Bambari, August 2014', True,
        "VOA News story, preview copy on VOA's content system (voa.pangea-cms.com). Site header, title, map label "
        "('Bambari, CAR', twice) and the standard 'VOA News' byline box removed. The text is whole."),
]
