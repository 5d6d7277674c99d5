# -*- coding: utf-8 -*-
"""Body texts of set (r): Voice of America news items and US Department of Defense articles, releases and
a briefing transcript (public domain, US federal government works), copied from the stored copies of the
pages (research search tool, corpus 'pages'). Page furniture (titles, 'Accessibility links', 'Breaking News',
photo captions, .gov banners, bylines, credit lines, section sub-headings, 'Return to headlines') removed;
wording, spelling, punctuation and quote characters kept. Paragraphs are joined by one blank line. Where the
stored copy breaks off, the text ends at the last complete sentence (text_complete false in meta.py). In the two
AFPS texts reposted on terrorism-online.blogspot.com the blog broke lines inside sentences before some words
('terrorist', 'police', 'Army'); those line breaks were replaced by a space (whitespace only, see meta.py)."""


def P(*paras):
    return "\n\n".join(paras)


TEXTS = {}

# http://terrorism-online.blogspot.com/2007/09/coalition-forces-kill-detain-al-qaeda.html (cut: stored copy breaks off)
TEXTS["afps_2007_09_18_iraq_arab_jabour_bayji"] = P(
    "Sept. 18, 2007 - Coalition forces killed three terrorists and detained 16 suspected terrorists during multiple operations today targeting key al Qaeda operatives and mid-level leaders in Iraq's Tigris River Valley. \"Al Qaeda in Iraq is on the run,\" said Army Maj. Winfield Danielson, a Multinational Force Iraq spokesman. \"Our operations are hampering their ability to terrorize the Iraqi people.\"",
    "In an operation in Arab Jabour, coalition forces targeting a key al Qaeda operative killed two terrorists with aircraft fire. A third man who refused to surrender to coalition ground forces also was killed when he maneuvered against the team. Six suspected terrorists were detained in that raid.",
    "During a set of coordinated operations in Baghdad, coalition forces captured a wanted individual believed to be a key operative for al Qaeda's international network, working for the al Qaeda emir of the southern belts around Baghdad. Two other suspects were detained during those raids.",
    "In an operation in Bayji, coalition forces used information from an operation Aug. 4 to capture a suspected mid-level al Qaeda leader and two other suspects.",
    "Meanwhile, 50 miles north of Bayji, a 13th suspected terrorist who is believed to smuggle weapons for al Qaeda was captured.",
    "In another section of Baghdad, three more terrorists were captured, bringing the total to 16. In that raid, the chief suspect has been linked to the Islamic Revolutionary Guards Corps Quds Force network and is believed to be a leader of an improvised explosive device network and to have close ties to the production and distribution of explosively formed penetrators, a particularly deadly form of improvised explosive device. Concerned citizens led coalition forces to a local facility where the suspected \"special groups\" officer also worked as a security guard.",
)

# http://terrorism-online.blogspot.com/2007/11/coalition-forces-kill-2-detain-12.html (cut: stored copy breaks off)
TEXTS["afps_2007_11_16_iraq_kirkuk_school_bombing"] = P(
    "Nov. 16, 2007 - Coalition forces killed two terrorists and detained 12 suspects during operations today targeting terrorist networks in central and northern Iraq. Coalition forces captured a wanted individual southeast of Baghdad while targeting foreign terrorist facilitators. Reports also indicate the individual was involved in planning attacks on coalition aircraft, officials said.",
    "The ground force approached the target building and called for the occupants to come out, but the individuals did not comply. One of the men was wearing a vest loaded with grenades. Perceiving hostile intent, the ground force engaged, killing two of the men. In addition to the wanted individual, coalition forces detained three other suspects.",
    "In other operations today in Ramadi, Mosul and Kirkuk, coalition forces detained eight suspects while targeting associates of al Qaeda leaders and those believed to be involved in kidnappings, assassinations and small-arms attacks against Iraqi police and coalition forces.",
    "\"Iraqi and coalition forces will continue targeting al Qaeda to diminish their ability to attack Iraqis,\" said Army Maj. Winfield Danielson, a Multinational Force Iraq spokesman.",
    "Yesterday in Kirkuk, a suicide car bomb attack killed two children, injured 11 more, and damaged an Iraqi school. The bomb also killed an Iraqi teacher, two Iraqi police officers, and an unidentified Iraqi citizen.",
    "The wounded children, eight wounded Iraqi police officers and 11 wounded Iraqi citizens were transported to the Sulymaniyah Hospital. All of the children were under the age of 12, officials said.",
    "The emergency services unit of the Kirkuk Police Department was the apparent target of the bombing. The commander of the unit, Gen. Katab, was among the people injured in the blast.",
)

# https://military-veteran.com/newsart/afps/art/660 (cut: stored copy breaks off)
TEXTS["afps_2013_03_11_afghanistan_helmand_arghandab_gardez"] = P(
    "WASHINGTON, March 11, 2013 - A combined Afghan and coalition security force arrested a Taliban leader and detained another insurgent in the Nawah-ye Barakzai district of Afghanistan's Helmand province today, military officials reported.",
    "The leader is accused of coordinating ambushes against Afghan and coalition forces and is believed to have a history of directing attacks using improvised explosive devices, rocket-propelled grenades and other weapons.",
    "The security force also seized a stockpile of IED components.",
    "In other Afghanistan operations today:",
    "-- A combined force in Kandahar province's Arghandab district arrested a Taliban leader believed to be an IED specialist with a cell of fighters under his command. He also has a significant history of procuring IED components, building IEDs and distributing them to his subordinates for use against Afghan and coalition forces. The security force also detained another insurgent and seized 20 pounds of heroin.",
    "-- In Logar province's Baraki Barak district, a combined force detained an insurgent during a search for a Taliban leader alleged to be responsible for directing insurgent activity. He also is influential in the Taliban network there, ordering IED operations and other attacks.",
    "In operations yesterday:",
    "-- A combined force in Paktia province's Gardez district arrested a Haqqani network facilitator accused of procuring and distributing lethal aid to extremist fighters. He also is believed to have planned attacks against Afghan and coalition forces. The security force also arrested another insurgent and seized ammunition, an assault rifle and a grenade.",
)

# https://military-veteran.com/newsart/afps/art/677 (cut: stored copy breaks off)
TEXTS["afps_2013_04_17_afghanistan_marjah_tsamkani"] = P(
    "KABUL, Afghanistan, April 17, 2013 - A combined Afghan and coalition security force killed two insurgents and detained a senior Taliban leader and three other insurgents today in the Marjah district of Afghanistan's Helmand province, military officials reported.",
    "The Taliban leader is accused of coordinating and conducting direct-fire assaults, ambushes and improvised explosive device attacks against Afghan and coalition forces. He also is believed to be a supplier of IED components, heavy weapons and ammunition to Taliban fighters.",
    "The security force also seized more than 10 pounds of opium during the operation.",
    "Also today, a combined force in Paktia province's Tsamkani district killed an insurgent and detained a Haqqani network leader believed to have operational control over IED operations in Paktia and Khost provinces. He also is accused of planning and directing attacks against Afghan and coalition forces, and of enlisting Afghan children to participate in insurgent activities. The security force also detained three other suspects and seized two assault rifles, a pistol and ammunition.",
    "In Afghanistan operations yesterday:",
    "-- Afghan special forces soldiers, supported by coalition forces, detained several suspected insurgents and recovered small-arms ammunition, fuses and a grenade in Badakhshan province's Warduj district after discovering a suspected insurgent medical facility.",
    "-- Afghan Provincial Response Company Zabul, enabled by coalition forces, killed two insurgents and seized and destroyed 110 pounds of homemade explosives and IED components during a cordon-and-search operation in Zabul province.",
    "In other news, Afghan and coalition security forces today confirmed the death of Khaliq Mir, a Haqanni network facilitator, during an April 15 operation in Khost province's Sabari district.",
)

# https://military-veteran.com/newsart/afps/art/692 (whole item)
TEXTS["afps_2013_05_17_afghanistan_baghlan_now_zad"] = P(
    "KABUL, Afghanistan, May 17, 2013 - A combined Afghan and coalition security force arrested a senior Taliban leader in the Baghlan-e Jadid district of Afghanistan's Baghlan province today, military officials reported.",
    "The senior leader oversees insurgent cells responsible for attacks against Afghan and coalition forces. He also collects illegal taxes from local civilians, facilitates the movement of insurgent weapons and equipment and consults with senior insurgent leadership for operational information to pass on to his fighters.",
    "The security force also seized a pistol in the operation.",
    "In Afghanistan operations yesterday:",
    "-- A combined force in Helmand province's Now Zad district arrested an insurgent and seized and destroyed more than 5,500 pounds of opium, two assault rifles and 19 ammunition magazines.",
    "-- Afghan Provincial Response Company Helmand, advised by coalition forces, arrested nine insurgents and seized ammunition in Helmand's Lashkar Gah district.",
    "-- In Farah province's Push-e Rod district, Afghan Provincial Response Company Farah, enabled by coalition forces, arrested seven insurgents and seized a machine gun and more than 100 rounds of ammunition and destroyed a rocket-propelled grenade rocket.",
    "In other news, Afghan local and uniformed police killed seven insurgents in Ghazni province's Deh Tak district May 15 during an operation designed to deny insurgents sanctuary in the district's Rozi Kala and Ali Kala villages.",
)

# https://www.voanews.com/a/nineteen-civilians-including-children-killed-in-afghan-explosion/2831227.html (cut)
TEXTS["voa_2015_06_21_afghanistan_chardara_yamgan_helmand"] = P(
    "Deadly clashes were raging Sunday in northern Afghanistan where Taliban insurgents have seized a key district, but lost control of another to Afghan national security forces. Meanwhile, the United Nations condemned the overnight killing of 19 Afghan civilians in a roadside blast in a southern province.",
    "Authorities in northern Kunduz province said the Taliban has established control of the key Chardara district and Afghan security forces were battling the insurgents to halt their advances on the provincial capital.",
    "Interior Ministry spokesman Sediq Sediqqi told VOA the Taliban’s advancement was “temporary” and the insurgent group was not capable of holding the district for long. \"Afghan police and troops have launched a counteroffensive to retake Chardara,\" he added.",
    "A Taliban spokesman, Zabihullah Mujahid, claimed its fighters killed 24 Afghan police and troops before they seized control of Chardara. He added that the Taliban has also captured as many as 25 Afghan troops.",
    "But security officials disputed the Taliban claims, saying no more than 12 members of the national security forces had been killed.",
    "Meanwhile, Interior ministry spokesman Sidiqqi said Afghan forces flushed Taliban insurgents out of the northeastern Yamgan district early Sunday. He said more than 120 Taliban fighters, including foreigners, were killed in the heavy fighting or the control of Yamgan.",
    "The district in northwestern province of Badakhshan, which borders China and Tajikistan, had fallen to the Taliban nearly three weeks ago.",
    "On Sunday, the United Nations condemned the overnight killing of 19 civilians, mostly women and children in a roadside bomb in the southern province of Helmand.",
)

# https://www.defense.gov/News/Article/Article/1174528/us-service-member-dies-during-somalia-operation/ (whole item)
TEXTS["dod_2017_05_05_somalia_barii"] = P(
    "WASHINGTON, May 5, 2017 — One U.S. service member was killed yesterday during an operation against al-Shabaab near Barii, Somalia, approximately 40 miles west of Mogadishu, according to a U.S. Africa Command news release issued today.",
    "The identity of the fallen U.S., service member is pending notification of next of kin.",
    "At the time of the U.S. service member’s death, American forces were conducting an advise-and-assist mission alongside members of the Somali National Army, the release said.",
    "Al-Shabaab presents a threat to Americans and American interests, according to the Africom release.",
    "Al Shabaab's affiliate, al-Qaida, has murdered Americans; radicalizes and recruits terrorists and fighters in the United States and attempts to conduct and inspire attacks against Americans, U.S. allies and U.S. interests around the world, including at home, the release said.",
    "U.S. forces are assisting partner forces to counter al-Shabaab in Somalia to degrade the al-Qaida affiliate's ability to recruit, train and plot external terror attacks throughout the region and in America, according to the release.",
    "American officials said the U.S. continues to support its Somali and regional partners to systematically dismantle this al-Qaida affiliate, and to help them achieve stability and security throughout the region as part of the global counterterrorism effort, the release said.",
)

# https://www.defense.gov/News/Transcripts/Transcript/Article/1348678/department-of-defense-press-briefing-by-pentagon-chief-spokesperson-dana-w-whit/ (cut)
TEXTS["dod_2017_10_19_philippines_marawi_briefing"] = P(
    "DANA WHITE:  Good afternoon.",
    "The secretary will depart this weekend to attend the ASEAN summit in the Philippines.",
    "You may have seen the news in the Philippines in the past few days.  The purported emir of ISIS in Southeast Asia was killed October 16, along with several other militants in a firefight with the Armed Forces of the Philippines.  We congratulate our Filipino partners for their success in eliminating the leaders of the months-long siege of Marawi. We will continue to stand with our Philippines partners, providing intelligence, surveillance and reconnaissance capabilities, as well as advice and training as they combat terrorists in Mindanao, and we will remain vigilant should ISIS and affiliate groups attempt to re-emerge.",
    "The aspirations of ISIS to have a physical caliphate are crumbling rapidly.  From Mosul to Raqqa, where 90 percent of the caliphate’s claimed capital has been liberated.  To the Philippines and to Yemen, where a U.S. strike against ISIS earlier this week decimated many of its senior leaders.",
    "These events show that our fight against ISIS is global, and that other groups who align with them or adopt their brand will face the same dead end.",
)

# https://africa-online.com/?p=18484 (repost of a VOA News item; whole item)
TEXTS["voa_2019_03_18_mali_dioura"] = P(
    "Officials in Mali have put the death toll from Sunday’s militant attack on an army camp in the village of Dioura at 23.",
    "Suspected jihadists briefly seized the base in the central Mopti region, of which Mopti city is the capital.",
    "Malian Defense Minister Tiemoko Sangare visited the camp Monday to encourage the soldiers.",
    "“You are not alone. All peace-loving Malians support you. Do not listen to the siren songs whose sole purpose is to destabilize the country,” he said.",
    "Officials blamed Sunday’s attack on deserter army colonel-turned-terrorist leader Ba Ag Moussa, who is said to be close to a Tuareg militant chief with ties to al-Qaida.",
    "Islamic extremists took advantage of a brief military coup in the capital, Bamako, in 2012 to seize much of northern Mali.",
    "French forces largely drove them out several months later, but a number of jihadists are still active and some violence continues despite the presence of U.N. peacekeepers.",
)

# https://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/3419207/centcom-month-in-review-the-fight-against-isis-in-iraq-and-syria/ (whole item)
TEXTS["centcom_2023_06_06_iraq_syria_isis_may_review"] = P(
    "TAMPA, Fla. – During the month of May 2023 U.S. Central Command-led coalition forces and partner forces conducted 38 operations against the Islamic State in Iraq and Syria. These operations resulted in 31 ISIS operatives detained and 8 killed.",
    "“Our partner forces continue to demonstrate the capability, capacity, and competence to maintain the enduring defeat of ISIS,\" said Maj. Gen. Matthew McFarlane, Commanding General of Combined Joint Task Force – Operation Inherent Resolve. \"The Coalition continues to Advise, Assist, and Enable our partners to keep pressure on ISIS and prevent them from re-establishing any type of network or effective military effort.\"",
    "The following is a summary of the D-ISIS operations for May 2023:",
    "• In Iraq: • In Syria:\n- 21 partnered operations - 17 partnered operations\n- 0 U.S.-only operations - 0 U.S.-only operations\n- 11 ISIS operatives detained - 20 ISIS operatives detained\n- 6 ISIS operatives killed - 2 ISIS operatives killed",
    "“Despite their degraded capability, ISIS remains a significant threat within the region,” General Kurilla said. “CENTCOM, along with our partners, is committed to the enduring defeat of ISIS.”",
)

# https://news.pravdaua.com/ukraine-officials-say-4-killed-in-russian-strike-on-kyiv.html (repost of a VOA item; cut)
TEXTS["voa_2025_01_18_ukraine_kyiv_kryvyi_rih"] = P(
    "Ukrainian officials say at least four people were killed early Saturday in a nighttime Russian attack in the capital, Kyiv.",
    "Timur Tkachenko, head of the Ukrainian capital’s military administration said on Telegram that the deaths occurred in the city’s Shevchenkivsky district. He said the Holosiivsky district on the west bank of the Dnipro River that runs through the city and the Desnyansky district on the opposite bank were hit with falling debris.",
    "Kyiv Mayor Vitali Klitschko said air defenses were in operation around the city.",
    "On Friday, a Russian missile attack killed at least four people and injured at 14 others in the southern-central Ukrainian city of Kryvyi Rih, Ukrainian President Volodymyr Zelenskyy said in his daily address.",
    "“Such strikes, such losses, simply would not have happened if we had received all the necessary air defense systems that we have been talking about with our partners for such a long time and that are available in the world,” he said.",
    "Earlier Friday, Zelenskyy, who was born in Kryvyi Rih, condemned the attack on Telegram. “Each such terrorist attack is another reminder of who we are dealing with. Russia will not stop on its own — it can only be stopped by joint pressure,” he said.",
    "The attack also damaged an educational facility and two five-story buildings, officials said.",
    "VOA was unable to independently verify the reports.",
    "Meanwhile, a Ukrainian drone attack late Friday ignited a fire at an industrial site in Russia’s Kaluga region, about 170 kilometers from the shared border.",
    "“As a result of a drone attack in Lyudinovo, a fire broke out on the territory of an industrial enterprise,” regional Governor Vladislav Shapsha posted on Telegram.",
    "Agence France-Presse reported that unverified videos on unofficial Russia social media showed what they said was the attack targeting an oil depot.",
)

# https://voa.pangea-cms.com/preview/en-US/a/deadly-russian-aerial-attacks-hit-ukraine-s-kherson-region/8009158.html (cut)
TEXTS["voa_2025_03_13_ukraine_kherson_dnipro"] = P(
    "Russian aerial attacks overnight killed at least two people in the southern Ukrainian region of Kherson, officials said Thursday.",
    "Kherson Governor Oleksandr Prokudin said on Telegram his region came under attack by Russian drones and shelling, and that one other person was injured.",
    "In the neighboring Dnipropetrovsk region, Governor Serhiy Lysak said at least three people were hospitalized after a Russian attack hit the city of Dnipro.",
    "Lysak said on Telegram the attack damaged multiple apartment buildings, including blowing out windows.",
    "Officials in the Sumy region reported Thursday that Russian drones fell on a set of garages, setting about 20 of them on fire.",
    "Ukraine’s military said Thursday it shot down 74 of the 117 drones that Russian forces launched overnight.",
    "The intercepts took place over the Chernihiv, Dnipropetrovsk, Kharkiv, Khmelnytskyi, Kyiv, Mykolaiv, Odesa, Poltava, Sumy, Vinnytsia and Zaporizhzhia regions, the military said.",
    "Russia’s Defense Ministry said it shot down 77 Ukrainian drones, most of them in regions located along the Russia-Ukraine border.",
    "Vladislav Shapsha, governor of the Kaluga region, said the attacks injured one person and damaged an industrial building, a communication tower and a power line.",
    "The Russia military said it destroyed 30 of the drones over Bryansk, while officials in the region reported no damage or casualties.",
    "Russian air defense also shot down drones over Kursk, Voronezh, Rostov and Belgorod, the military said.",
    "The daily aerial attacks continue amid a U.S. push to secure a cease-fire in the conflict. The U.S. has proposed a 30-day halt in fighting, which Ukraine has said it would accept.",
)
