# -*- coding: utf-8 -*-
"""Article body texts of set (i), copied from the stored copies of the pages (see articles.jsonl notes).

Prepared as GUIDELINES section 1 says: titles, navigation, date lines, bylines, captions, credit lines and
page furniture removed; wording, spelling, punctuation and quote characters kept as stored. Where the stored
copy separates paragraphs by single newlines (VOA CMS preview copies, the VOA editorial, the GlobalSecurity.org
copy), that was kept.
"""

TEXTS = {}

TEXTS["dod_2013_06_07_afghanistan_10th_mountain_rotation"] = (
    "The Department of Defense today identified a major unit to deploy as part of the upcoming summer rotation of "
    "forces operating in Afghanistan.  The scheduled rotation involves one infantry brigade combat team (IBCT) with "
    "roughly 1,230 personnel. The deploying unit is the 4th Infantry Brigade Combat Team of the 10th Mountain "
    "Division, Fort Polk, La.\n\n"
    "The department will continue to announce major deployments as they are approved."
)

TEXTS["voa_2013_07_24_drc_kavodo_helicopter_strike"] = (
    "GOMA, DEMOCRATIC REPUBLIC OF CONGO \u2014\n"
    "The Congolese army says it has attacked an M23 base near Goma, a city that was briefly captured by the rebel "
    "group last year.\n"
    "Army spokesman Colonel Olivier Hamuli says Wednesday's military strikes targeted the rebel group's storage "
    "sites for weapons and ammunition.\n"
    "But the rebel group says military helicopters bombed a nearby neighborhood, striking the village of Kavodo, "
    "close to Rumangabo, killing several people.\n"
    "\u201cThey did not attack any military position, they attacked only houses and people who were around "
    "Rumangabo,\u201d said M23 leader Bertrand Bisimwa.\n"
    "An M23 spokesman emailed photos showing destruction and dead bodies the group claims is a result of the attack, "
    "and a doctor at a hospital treating victims said three children were killed as well as an adult, and that seven "
    "others were wounded.\n"
    "The army denies civilians were killed.\n"
    "The French News Agency says M23 rebels also claim more than 400 troops have been killed since the unrest "
    "erupted almost two weeks ago.\n"
    "M23 captured Goma in November before withdrawing under intense international pressure. The group has been "
    "demanding the government fully implement a 2009 peace deal that is designed to integrate rebels into the "
    "Congolese army.\n"
    "Meanwhile, the DRC government has welcomed a U.S. call for Rwanda to end its support of M23.\n"
    "On Tuesday, U.S. State Department urged Rwanda to stop backing the rebel group. Spokeswoman Jen Psaki said "
    "M23's renewed fighting \"seriously undermines regional and international efforts\" to peacefully resolve unrest "
    "in the eastern DRC.\n"
    "DRC government spokesman Lambert Mende told VOA on Wednesday he would like to see the United States take action "
    "against Rwanda, particularly in the form of sanctions, because the country seems \"reluctant to follow any "
    "advice that is being given to [it] by the international community.\""
)

TEXTS["voa_2013_10_30_mali_tessalit_editorial"] = (
    "Two Chadian soldiers serving with a United Nations peacekeeping mission in Mali were killed recently, victims "
    "of a suicide bomb attack in the northern town of Tessalit. Six other peacekeepers were injured in the attack as "
    "militants assaulted a military checkpoint.\n"
    "Chadian and Malian troops exchanged gunfire with the militants hours after the raid, underscoring the fragile "
    "security situation there even after French troops drove large numbers of the insurgents from the region\u2019s "
    "towns and cities earlier this year.\n"
    "The United States strongly condemns the attack against the UN Mulitdimensional Integrated Stabilization Mission "
    "in Mali, or MINUSMA, and regrets the loss of life and the death of a Malian civilian. It was the first such "
    "attack since the mission was deployed this summer and we support the efforts of the Malian government and the "
    "United Nations to identify the perpetrators and hold them responsible.\n"
    "Military experts have warned that while the combined French and Malian military operation defeated the "
    "militants who overran Northern Mali last year, many are still holed up in the desert planning similar bombings "
    "and suicide attacks. Indeed, the Tessalit strike was preceded by strikes near Gao and Timbuktu.\n"
    "The United States is fully committed to supporting the efforts of MINUSMA to assist Mali in consolidating "
    "peace and security gains, including its work toward national reconciliation. We are concerned that the recent "
    "attacks demonstrate the threat still posed to regional stability and call on all parties to cease hostilities "
    "immediately."
)

TEXTS["voa_2013_11_15_nigeria_borno_nine_militants"] = (
    "The Nigerian military says soldiers have killed nine members of the Islamist militant group Boko Haram during "
    "a shootout in the country's northeast.\n"
    "Officials say the fighting took place Thursday about 85 kilometers south of Maiduguri, the center of the Boko "
    "Haram insurgency, which is blamed for thousands of deaths over the past four years.\n"
    "An army spokesman says one soldier was also injured in the violence. He says the military confiscated \"large "
    "arms and ammunition\" from the militants.\n"
    "There has been no independent confirmation of the incident.\n"
    "Boko Haram has been fighting since 2009 to impose a strict form of Islamic law on Nigeria's Muslim-majority "
    "north.\n"
    "The group continues to launch attacks in the northeast, despite an all-out government military offensive "
    "ordered by Nigerian President Goodluck Jonathan in May.\n"
    "Boko Haram has claimed responsibility for attacks on police stations, jails, and government officials, as well "
    "as civilian targets like churches and mosques."
)

TEXTS["voa_2013_12_22_south_sudan_bor_us_troops"] = (
    "South Sudan's army has vowed it will take back two state capitals seized by rebelling soldiers.\n\n"
    "Army spokesman Philip Aguer told VOA that soldiers backing former vice president Riek Machar control Bor in "
    "Jonglei state and Bentiu in oil-rich Unity state, but that the military is \"capable of dealing with the "
    "rebellion.\"\n\n"
    "\"Definitely the army will re-control these areas. It's a matter of days and the army will control Jonglei "
    "state and we will work for the reestablishment of the full control of the national army over South Sudan.\"\n\n"
    "He also accused fighters backing Machar of shooting at a U.S. aircraft that was evacuating citizens from Bor on "
    "Saturday. The U.S. military did not identify the shooters, but said four of its personnel were injured.\n\n"
    "Clashes began eight days ago in the capital, Juba, after President Salva Kiir accused Machar of attempting a "
    "coup. Machar has not claimed responsibility for a coup attempt but has called on the army to remove the "
    "president from office.\n\n"
    "The U.N. humanitarian office says the violence has displaced 62,000 people across five states, and that more "
    "than 40,000 have taken refuge on U.N. bases.\n\n"
    "U.S. President Barack Obama says he \"may take further action\" to protect Americans in South Sudan.\n\n"
    "Mr. Obama is on vacation in Hawaii, but he said in a letter to congressional leaders Sunday that about 46 U.S. "
    "troops were deployed Saturday to help with the evacuation. That is in addition to 45 troops deployed to "
    "reinforce the U.S. embassy in Juba.\n\n"
    "U.N. Secretary-General Ban Ki-moon called on South Sudan leaders Sunday to find a \"political means\" to "
    "address the conflict. He said the continued violence poses a \"dangerous threat\" to the future of the young "
    "country.\n\n"
    "U.N. officials have expressed concern the rift between Mr. Kiir, a member of the Dinka ethnic group, and "
    "Machar, an ethnic Nuer, could provoke widespread tribal violence in South Sudan."
)

TEXTS["voa_2014_04_23_poland_baltics_paratroopers"] = (
    "U.S. Army paratroopers begin joint exercises with their Polish counterparts Wednesday in Poland with additional "
    "companies deployed in the three Baltic States in what a Pentagon spokesman called a \u201ctangible "
    "expression\u201d of the U.S. commitment to Europe. Pentagon Press Secretary Rear Admiral John Kirby said the "
    "decision follows what he called Russia\u2019s \u201caggression\u201d in Ukraine and is a way to reassure U.S. "
    "allies and partners.\n\n"
    "Kirby said a company of about 150 members of the 173rd Airborne Brigade Combat Team, based in Italy, will be "
    "part of a \u201crotational\u201d U.S. military presence in Eastern Europe in the wake of tensions over "
    "Ukraine.\n\n"
    "\"This exercise is the first in a series of expanded U.S. land force training activities in Poland and the "
    "Baltic region that are scheduled to take place in the next few months and beyond. Additional companies from "
    "the 173rd will move in the coming days to Lithuania, Latvia and Estonia for similar exercises,\" said Kirby.\n\n"
    "Initially, some 600 troops will take part in what Kirby called a \u201cpersistent rotational presence\u201d "
    "that will last about one month. He added that fresh troops will then move in, and this presence could last a "
    "year or more.\n\n"
    "The spokesman said the United States is in consultation with its NATO allies and the force could be expanded "
    "in size and scope of countries involved. He also stressed that the exercises were bilateral and run by the "
    "participating countries, not NATO."
)

TEXTS["voa_2014_06_05_yemen_shabwa_checkpoint"] = (
    "Suspected al-Qaida militants have attacked a military checkpoint in southern Yemen, killing at least 14 "
    "soldiers.\n"
    "Yemeni security officials say other soldiers were wounded in the attack, which took place on Thursday near a "
    "village in Shabwa province.\n"
    "Yemen is the stronghold of al-Qaida in the Arabian Peninsula, one of the terror group's most active branches.\n"
    "An army spokesman said Thursday that at least 500 al-Qaida militants have been killed since the military "
    "launched an offensive against the terrorist group in April.\n"
    "During a news conference, Colonel Saeed al-Faquih also said 40 soldiers had been killed during the offensive.\n"
    "Officials believe the militants have carried out a string of reprisal attacks in response to the military "
    "operation.\n"
    "Thursday's attack comes a day after local officials said at least three suspected al-Qaida militants were "
    "killed in a drone strike in central Yemen's Marib province."
)

TEXTS["state_2014_09_02_mali_minusma_chadian_peacekeepers"] = (
    "The United States strongly condemns today\u2019s attack against MINUSMA, the UN Multidimensional Integrated "
    "Stabilization Mission in Mali, which killed four Chadian peacekeepers and wounded 15 others.\n\n"
    "We express our condolences to the families of those killed and to the Government of Chad, and wish those "
    "wounded a full recovery. We call on the Government of Mali to immediately investigate the incident and hold "
    "those responsible to account.\n\n"
    "This is the latest of several attacks against UN personnel in northern Mali over the past week, including an "
    "August 29 attack that wounded nine Chadian peacekeepers. A total of 15 peacekeepers have been killed in Mali "
    "this year.\n\n"
    "The United States remains fully committed to supporting the efforts of MINUSMA to assist Mali in consolidating "
    "peace and security gains, advancing national reconciliation, and negotiating a durable peace agreement through "
    "the talks scheduled to begin in Algiers later this week."
)

TEXTS["voa_2015_01_05_mali_nampala_raid"] = (
    "Gunmen suspected to be al-Qaida militants have killed at least five people in an attack on a town in central "
    "Mali.\n\n"
    "Officials in Mali said fighters struck before dawn Monday on Nampala, storming the town. It\u2019s located about "
    "530 kilometers northeast of the capital, Bamako, and near the border with Mauritania.\n\n"
    "The dead included at least three Malian soldiers and two militants, a Nampala official told VOA\u2019s French to "
    "Africa Service.\n\n"
    "There was no immediate claim of responsibility but suspicion fell on al-Qaida militants, who are active in the "
    "region.\n\n"
    "Oumar Diakite, mayor of the neighboring Diabaly district, told Reuters news agency by phone that the attackers "
    "were \"Islamists [who] were on motorbikes and some were on foot.\"\n\n"
    "Al-Qaida in the Islamic Maghreb and allied groups seized control of northern Mali in 2012 before being ousted "
    "by a French-led military force. The militants since then have launched periodic attacks on government targets "
    "and international peacekeepers.\n\n"
    "Some information for this report was provided by Reuters."
)

TEXTS["voa_2015_01_09_ukraine_shelling_government_troops"] = (
    "Ukraine's military says four its soldiers have been killed and eight wounded as a result of shelling by "
    "Russia-backed separatists over the past 24 hours.\n"
    "Military spokesman Andrei Lysenko said Friday that the rebels had fired rockets and mortars at government forces "
    "more than 30 times during that period. He linked the upsurge in shelling to the arrival in eastern Ukraine of, "
    "in his words, 'another so-called humanitarian convoy' from Russia.\n"
    "Ukrainian authorities accuse Russia of using the convoys to supply the separatists with weapons under the guise "
    "of humanitarian aid, a charge Russian authorities deny.\n"
    "The Donetsk city administration reported on its website Friday that shelling had wounded one person and caused "
    "power outages in several districts.\n"
    "City authorities said earlier in the day that two civilians had been killed and seven wounded on Thursday when "
    "four districts came under intense shelling. It said a number of apartment buildings were damaged in those "
    "attacks.\n"
    "The latest upsurge in fighting comes ahead of a meeting on the Ukraine crisis between the leaders of Germany, "
    "France, Ukraine and Russia \u2013 provisionally scheduled to be held in Kazakhstan's capital Astana on January "
    "15.\n"
    "German Chancellor Angela Merkel said Thursday that sanctions imposed by the European Union on Russia for "
    "supporting the separatists in eastern Ukraine could be lifted only if a ceasefire agreement between Kyiv and the "
    "rebels is fully implemented.\n"
    "Under the agreement, signed last September, both sides agreed to a cease-fire and the withdrawal of fighters and "
    "military hardware from areas of eastern Ukraine controlled by the pro-Russian separatists.\n"
    "EU foreign policy chief Federica Mogherini, visiting Riga, Latvia, said Thursday that she had seen 'some "
    "limited positive signs on the Russian side' over the Ukraine crisis, as well as a 'different Russian "
    "attitude.'"
)

TEXTS["state_2016_06_06_niger_bosso_boko_haram"] = (
    "The United States condemns in the strongest terms Boko Haram's barbaric June 3 attack on a military outpost in "
    "Bosso, Niger. We extend our deepest condolences to the families and friends of the 30 Nigerien and two Nigerian "
    "soldiers killed in the attack and the 67 individuals who were injured. This latest attack further underscores "
    "Boko Haram's blatant disregard for the people of the Lake Chad Basin area.\n\n"
    "The United States stands by our partners in Niger, Nigeria, Chad, and Cameroon and supports their efforts to "
    "fight and defeat Boko Haram. International cooperation and a comprehensive approach, highlighted during the May "
    "14 regional heads of state summit in Nigeria, remain vital components of this unified effort to bring lasting "
    "peace and security to the region."
)

TEXTS["dvids_2025_01_03_new_york_guard_horn_of_africa"] = (
    "BUFFALO, New York\u2014One hundred and forty-five New York Army National Guard Soldiers heading to the Horn of "
    "Africa, were sent off with a formal ceremony at the Connecticut Street Armory in Buffalo, New York on Thursday, "
    "January 2.\n\n"
    "The Soldiers, members of the 152 nd Engineer Support Company, will be assigned to Combined Joint Task "
    "Force-Horn of Africa at Camp Lemonnier, Djibouti, for ten months.\n\n"
    "They will train at Fort Bliss, Texas for four weeks before deploying to Africa. They are expected home in "
    "November of 2025.\n\n"
    "Major General Ray Shields, the adjutant general of New York, told the Soldiers they could be proud of their "
    "unit and themselves, during the ceremony. He also emphasized teamwork, comradery, and situational awareness.\n\n"
    "\u201cYou are deploying as part of the greatest team our nation has: the U.S. Army,\u201d Shields said.\n\n"
    "\u201cWhile overseas you are representing not just yourself, but our country as a whole and the New York Army "
    "National Guard,\u201d he said. \u201cDeploying as a unit is a team sport.\u201d\n\n"
    "The 152nd, is based in Buffalo and is an element of the 204th Engineer Battalion. The Soldiers have been "
    "training for this mission for the past six months at Fort Drum and other military training area, according to "
    "Capt. Daniel Roche, the company command."
)
