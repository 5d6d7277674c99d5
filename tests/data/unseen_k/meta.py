# -*- coding: utf-8 -*-
"""Per-article metadata of set (k) (articles.jsonl), written by hand."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced "
          "by VOA is in the public domain)")
PD_VOA_AG = PD_VOA + "; the story says some information came from news agencies (recorded here)"
PD_AFPS = ("Public domain (American Forces Press Service article of the US Department of Defense; US federal "
           "government work, 17 U.S.C. 105)")
PD_EUCOM = ("Public domain (US European Command / US Air Forces in Europe news release; US federal government "
            "work, 17 U.S.C. 105)")
RETRIEVAL = ("research search tool, corpus 'pages' (stored copy of a public web page); text copied from the "
             "stored copy, page furniture removed")


def M(id, title, url, outlet, license, pub, pub_src, conflict, complete, notes, retrieved_from=None,
      original_url=None):
    return dict(id=id, title=title, url=url, retrieved_from=retrieved_from or url, original_url=original_url,
                outlet=outlet, license=license, publication_date=pub, publication_date_source=pub_src,
                conflict=conflict, text_complete=complete, notes=notes)


CUT = ("Only the first ~2,000 characters of the page are stored; the text is cut at the last complete sentence "
       "(text_complete false).")

META = [
    M("voa_2002_09_08_nepal_sindhuli_police_post",
      "Nepal Rebels Kill 40 Policemen in Overnight Attack - 2002-09-08",
      "https://www.voanews.com/a/a-13-a-2002-09-08-9-nepal-66829037/257331.html",
      "Voice of America (VOA News)", PD_VOA, "2002-09-08",
      "date in the title suffix and the URL (a-13-a-2002-09-08)",
      "Maoist insurgency in Nepal: rebel attack on a police post in Sindhuli district, September 2002", False,
      "'Accessibility links', 'Breaking News' and the title removed. " + CUT +
      " The next (cut) sentence began 'The Maoist rebellion began in 1996 ...'."),
    M("afps_2002_06_20_philippines_basilan_advisers",
      "U.S. Troops May Observe Philippine Companies on Patrol",
      "http://www.defense.gov/news/newsarticle.aspx?id=43731",
      "American Forces Press Service (DoD News, defense.gov)", PD_AFPS, "2002-06-20",
      "dateline 'WASHINGTON, June 20, 2002'",
      "US counterterrorism support to the Philippines against Abu Sayyaf (exercise Balikatan, Basilan), June 2002",
      False,
      "defense.gov page furniture ('DoD News', 'Bookmark and Share', 'News Article'), the title and the byline "
      "(Sgt. 1st Class Kathleen T. Rhem, American Forces Press Service) removed; dateline kept. " + CUT),
    M("afps_2004_02_23_haiti_marine_fast_team",
      "Marine Team Deploys to Haiti",
      "http://www.defense.gov/news/newsarticle.aspx?id=27276",
      "American Forces Press Service (DoD News, defense.gov)", PD_AFPS, "2004-02-23",
      "dateline 'WASHINGTON, Feb. 23, 2004'",
      "Haitian rebellion of 2004: US Marine FAST team sent to secure the US Embassy in Port-au-Prince, February 2004",
      False,
      "defense.gov page furniture, the title and the byline (Jim Garamone) removed; dateline kept. " + CUT +
      " A different deployment from the blind set's AFPS story of 1 March 2004 (the multinational interim force)."),
    M("eucom_2004_10_22_darfur_airlift_advance_team",
      "U.S. Deploys Advance Team to Africa to Prepare for Airlift Mission",
      "http://www.eucom.mil/media-library/article/21948/US-Deploys-Advance-Team-Africa-Prepare-Airlift",
      "US European Command (eucom.mil; US Air Forces in Europe release)", PD_EUCOM, "2004-10-22",
      "inferred: the text dates the team's arrival in Kigali 'Oct. 21' and the photo caption has the team leaving "
      "Ramstein 'Oct. 21, 2004'; the release is taken as 22 October 2004 (to within a day; no weekday depends on it)",
      "War in Darfur: US airlift of Rwandan African Union peacekeepers, advance team sent to Kigali, October 2004",
      False,
      "The photo caption (which repeats the first paragraph) and the photo download line removed; dateline kept. "
      + CUT),
    M("voa_2006_05_11_sri_lanka_sea_battle",
      "15 Sri Lankan Sailors Killed, 30 Tamil Tigers Believed Dead in Rebel Attack",
      "https://www.voanews.com/a/a-13-2006-05-11-voa32/317577.html",
      "Voice of America (VOA News)", PD_VOA_AG + " (AFP, AP, Reuters)", "2006-05-11",
      "date in the URL (a-13-2006-05-11)",
      "Sri Lankan civil war: Sea Tiger attack on a navy convoy off the northern coast, May 2006", True,
      "'Accessibility links', 'Breaking News', 'News', the title and the text-size buttons removed; the whole item "
      "is stored (it ends with the text-size buttons)."),
    M("afps_2006_08_14_lebanon_evacuation_servicemembers",
      "U.S. Military Evacuates 21 Americans From Beirut",
      "https://www.dvidshub.net/news/541703/us-military-evacuates-21-americans-beirut",
      "American Forces Press Service (DVIDS courtesy copy from Defense.gov)", PD_AFPS, "2006-08-14",
      "the DVIDS page date 08.14.2006 (a blog repost of the same AFPS story carries the dateline 'Aug. 15, 2006'; "
      "the DVIDS date is used)",
      "2006 Lebanon war: US military evacuation of Americans from Lebanon (Task Force 59), August 2006", True,
      "DVIDS furniture (maintenance notice, log-in prompts, 'WASHINGTON, UNITED STATES', '08.14.2006', 'Courtesy "
      "Story', 'Defense.gov'), the title and the credit line 'Story by Jim Garamone, American Forces Press "
      "Service' removed. Curly quotes as stored. The text's 'began July 16' is the source's (the war began 12 July)."),
    M("voa_2008_03_24_somalia_dabka_clashes",
      "Five Killed in Somalia Unrest",
      "https://www.voanews.com/a/a-13-2008-03-24-voa4/345100.html",
      "Voice of America (VOA News)", PD_VOA, "2008-03-24",
      "date in the URL (a-13-2008-03-24); 'Sunday' in the text fits (Monday story)",
      "Somali insurgency: clashes in Mogadishu (Dabka intersection), March 2008", True,
      "'Accessibility links', 'Breaking News' and the title removed. Text complete."),
    M("voa_2008_04_06_somalia_mogadishu_clashes",
      "Somali Civilians, Government Troops Reported Killed in Mogadishu",
      "https://voanews.com/a/a-13-2008-04-06-voa3/352771.html",
      "Voice of America (VOA News)", PD_VOA_AG + " (AP, AFP)", "2008-04-06",
      "date in the URL (a-13-2008-04-06); 'Saturday' in the text fits (Sunday story)",
      "Somali insurgency: clashes in Mogadishu, April 2008 (a different day from the March 2008 story)", True,
      "'Accessibility links', 'Breaking News' and the title removed. The line 'Some information for this report "
      "provided by AP and AFP.' (no 'was') is kept as stored. Text complete."),
    M("voa_2014_08_03_ukraine_donetsk_luhansk_shelling",
      "9 Killed in Fighting in Eastern Ukraine",
      "http://www.voanews.com/content/deadly-clashes-in-ukraine-continue/1970553.html",
      "Voice of America (VOA News)", PD_VOA_AG + " (Reuters)", "2014-08-03",
      "the photo gallery of the page is dated 'Aug. 3, 2014' and 'continued Sunday' fits (3 August 2014 was a "
      "Sunday)",
      "War in Donbas: shelling in Donetsk and Luhansk, August 2014", False,
      "'News / Europe', the title, the eight photo-gallery captions, 'Images from Ukraine, Aug. 3, 2014' and the "
      "'VOA News' credit removed. " + CUT + " The stored copy continues with a paragraph on shelling in Donetsk's "
      "Petrovsky district that breaks off mid-word. The headline's 9 (6 + 3) is not stated in the body."),
    M("voa_2016_04_10_philippines_basilan_abu_sayyaf",
      "Philippine Fighting Leaves 18 Soldiers, 5 Militants Dead",
      "https://www.voanews.com/a/philippine-fighting-leaves-eighteen-soldiers-five-militants-dead/3278257.html",
      "Voice of America (VOA News; stored copy on VOA's CMS preview host voa.pangea-cms.com)", PD_VOA_AG +
      " (the Associated Press is quoted)", "2016-04-10",
      "inferred: 'The Philippine military said Sunday' about 'Saturday's fighting' (the clash of 9 April 2016, "
      "annotator's knowledge) -> Sunday 10 April 2016; VOA article id 3278257 fits April 2016",
      "Abu Sayyaf insurgency in the southern Philippines: the Tipo-Tipo/Al-Barka clash on Basilan, April 2016", True,
      "'Accessibility links', 'Breaking News', the title, 'update', the dateline lines 'Basilan, Philippines' (twice) "
      "and the VOA News byline box ('16x9 Image', 'VOA News', 'The Voice of America provides news and info') "
      "removed. 'Joso island' (for Jolo) is the source's spelling, kept. The item ends before the byline box; "
      "text complete.",
      retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/philippine-fighting-leaves-eighteen-soldiers-five-militants-dead/3278257.html"),
    M("voa_2020_03_11_iraq_camp_taji_rockets",
      "3 Troops Killed in Rocket Attack on Coalition Base in Iraq",
      "https://www.voanews.com/middle-east/3-troops-killed-rocket-attack-coalition-base-iraq",
      "Voice of America (VOA News, Jeff Seldin)", PD_VOA, "2020-03-11",
      "the stored page's date line 'March 11, 2020 07:57 PM'",
      "Iran-backed militia attacks on US-led coalition bases in Iraq: rocket attack on Camp Taji, March 2020", False,
      "The section label 'Middle East', the title, the byline and date line and the photo caption (twice) removed; "
      "dateline 'WASHINGTON -' kept. " + CUT + " The double space after 'Kirkuk.' is the source's. The story has "
      "no day word for the attack."),
    M("voa_2020_09_27_nagorno_karabakh_fighting",
      "Armenia, Azerbaijan Exchange Accusations Over Heavy Fighting in Nagorno-Karabakh",
      "https://www.voanews.com/south-central-asia/armenia-azerbaijan-exchange-accusations-over-heavy-fighting-nagorno-karabakh",
      "Voice of America (VOA News)", PD_VOA, "2020-09-27",
      "the stored page's date line 'September 27, 2020 04:44 AM'; 'Sunday' in the text fits",
      "Second Nagorno-Karabakh war: the first day of fighting, 27 September 2020", True,
      "The section label, the title, the byline 'By VOA News' and date line and the map captions ('Map of Armenia', "
      "'Armenia and Azerbaijan') removed; the stored page then shows the next item ('Child Marriage'), so the text "
      "is complete. The curly opening quote with a straight closing quote in the Azerbaijani ministry's quote and "
      "the curly apostrophe in 'Baku\u2019s' are the source's."),
]
