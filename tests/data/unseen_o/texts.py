# -*- coding: utf-8 -*-
"""Article body texts of set (o), copied from the stored copies of the pages (see articles.jsonl notes).

Prepared as GUIDELINES section 1 says: titles, navigation, date lines, bylines, photo captions, credit lines, feed
labels and page furniture removed; wording, spelling, punctuation and quote characters kept as stored (curly and
straight quotes as stored, the misplaced opening quote in the Somalia text, "at Tuesday" in the Ukraine text, "Ghanzi"
next to "Ghazni", mid-sentence line breaks of the blog reposts of AFPS articles). Where the stored copy separates
paragraphs by single newlines (VOA preview copy) or merged the item into one paragraph (gopher mirror of the VOA
feed), that was kept; runs of blank lines were reduced to one blank line. Where only the first ~2,000 characters
were stored, the text is cut at the last complete sentence (text_complete false).
"""

TEXTS = {}

# https://www.voanews.com/a/a-13-a-2004-04-29-8-1/300716.html
TEXTS["voa_2004_04_29_thailand_pattani_clashes"] = (
    "Security in southern Thailand remains extremely tight a day after deadly clashes between government soldiers "
    "and militants killed at least 107 people. Human rights groups are demanding an investigation into Thailand's "
    "worst violence in recent years.\n\n"
    "Thai Army troops fanned around mostly-Muslim southern Thailand, as officials warned of further attacks.\n\n"
    "Wednesday's pre-dawn raids on security posts were carried out by mostly young men wielding machetes. Police and "
    "soldiers - working on advanced intelligence - thwarted the attackers in a massively bloody exercise.\n\n"
    "Heavy fighting also destroyed a mosque in Pattani -- where government soldiers cornered some 30 militants.\n\n"
    "Residents are shocked, angry and worried about their security. Umar bin Yussof, of the Pattani Islamic Council, "
    "says killing in a mosque is really bad. Nisen Nilae is the caretaker of the mosque. He says God has punished the "
    "bad guys. He hopes peace and prosperity will now return to Pattani.\n\n"
    "Prime Minister Thaksin Shinawatra blamed the attacks on bandits trying to steal weapons. But others suspect "
    "Muslim militants. The regional terror group, Jemaah Islamiyah, is believed to have been operating in southern "
    "Thailand.\n\n"
    "In Bangkok, human rights groups condemned the incident.\n\n"
    "\"We urge the government to fully investigate what happened and explain why there has been so high casualty,\" "
    "says Gothom Arya, secretary general of Forum Asia - a regional human rights group.\n\n"
    "The recent spate of violence in the south began in January - prompting the government to declare martial law "
    "and residents to complain of heavy handed tactics against Muslims in the predominantly Buddhist nation.\n\n"
    "Thursday, neighboring Malaysia expressed concern over the events and heightened security along the border."
)

# https://www.voanews.com/a/a-13-a-2004-07-05-5-1-67500837/283005.html
TEXTS["voa_2004_07_05_nepal_birgunj_police_ambush"] = (
    "In Nepal, 12 policemen and a civilian have been killed in an ambush by suspected Maoist rebels in the south of "
    "the country. It is the second major attack blamed on the rebels since a new government took power a month ago.\n\n"
    "Officials say a police van hit a landmine, then came under fire from suspected rebels in Birgunj district, about "
    "200 kilometers south of the capital, Kathmandu.\n\n"
    "Authorities say all the policemen and a civilian in the vehicle were killed. The police were returning from an "
    "investigation into the abduction of a businessman, believed kidnapped for ransom by the rebels.\n\n"
    "Troops are combing nearby villages and jungles for the assailants.\n\n"
    "It is the second major attack by suspected rebels since a new government, headed by Prime Minister Sher Bahadur "
    "Deuba, took office in June. The rebels have spurned his offer for peace negotiations, and vowed to continue their "
    "eight-year struggle to oust the constitutional monarchy and replace it with a communist republic.\n\n"
    "The uprising has claimed nearly 10,000 lives since 1996.\n\n"
    "Violence has escalated since the rebels withdrew from a cease-fire and peace negotiations last August, after the "
    "previous government ignored their demand to rewrite the country's constitution.\n\n"
    "Yuvraj Ghimre, editor of the weekly Samay news magazine, says there is widespread concern about the spiraling "
    "attacks in the country.\n\n"
    "\"If the state of conflict is going to continue, then the country is definitely moving to a much deeper crisis,\" "
    "he commented. \"But then, both sides are also under pressure inside the country, as well as from the "
    "international community to hold negotiations.\"\n\n"
    "Among those urging an end to the conflict are Nepal's neighbor, India, the United States and the United Nations. "
    "The Maoists want the government to involve the United Nations in negotiations, but the government opposes "
    "outside mediation."
)

# http://www.defense.gov/news/newsarticle.aspx?id=24669
TEXTS["afps_2004_12_05_iraq_mosul_avgani_tikrit"] = (
    "WASHINGTON, Dec. 5, 2004 \u2013 Two American soldiers were killed and four were wounded in an attack in Mosul, "
    "Iraq, Dec. 4, U.S. officials in Iraq said.\n\n"
    "The soldiers were part of Task Force Olympia. They were conducting a patrol when they were fired on from a "
    "mosque, according to news reports.\n\n"
    "Also in Mosul on Dec. 4, Iraqi forces and members of the 1st Brigade, 25th Infantry Division detained 64 people "
    "suspected of anti-Iraqi activities and collected a large amount of weapons and munitions. Iraqi National Guard "
    "soldiers and soldiers from 2nd Squadron, 14th Cavalry Regiment conducted a large-scale cordon-and-search "
    "operation in the town of Avgani, near Tal Afar, and detained 64 people suspected of planning and conducting "
    "attacks against coalition and Iraqi security forces.\n\n"
    "Troops seized a large amount of weapons including a 120 mm mortar tube, three 120 mm mortar rounds, two 82 mm "
    "mortar tubes, 26 82 mm mortar rounds, two 60 mm mortar tubes, 14 60 mm mortar rounds, three improvised rocket "
    "launchers, five 122 mm high-explosive artillery rounds, seven 107 mm rockets, 22 rocket- propelled grenade "
    "rockets, 19 rifle grenades, 19 hand grenades, an anti- aircraft missile warhead, two 82 mm recoilless rifle "
    "rounds, 17 AK-47 assault rifles, seven pistols, a machine gun, six bags of propellant, 12 chemical- protective "
    "masks, two chemical protective suits, a set of night-vision goggles and miscellaneous switches and wires. All 64 "
    "suspects are in custody undergoing questioning, with no Iraqi or coalition injuries reported during the "
    "operation.\n\n"
    "In actions near Tikrit today, insurgents killed 17 Iraqi civilians and wounded 13 others. The civilians were "
    "going to work at nearby coalition headquarters."
)

# https://www.voanews.com/a/a-13-2006-07-04-voa42/320547.html
TEXTS["voa_2006_07_04_sudan_hamrat_al_sheikh"] = (
    "Rebels from the Sudanese region of Darfur have carried out an attack outside the region on a town about 400 "
    "kilometers from Khartoum. Government aircraft have been sent to Hamrat al-Sheikh, where fighting is continuing, "
    "the army says. A local official said 12 people had died.\n\n"
    "The Sudanese army said the town of Hamrat al-Sheikh in North Kordofan province was attacked Monday by forces "
    "linked to the Justice and Equality Movement (JEM).\n\n"
    "The rebels attacked the town with 50 trucks armed with heavy weapons, some of which were posted outside Hamrat "
    "al-Sheikh to seal it off, according to police reports. They said they outnumbered the security forces to seize "
    "the town.\n\n"
    "The attack came despite a truce between the Khartoum government and Darfur rebels since April 2004. But the JEM "
    "rejects a peace deal signed in the Nigerian capital Abuja in May by Khartoum and the main Darfur rebel group, the "
    "Sudan Liberation Movement.\n\n"
    "Head of the United Nations mission in Sudan, Jan Pronk, has warned the fragile peace deal may collapse all "
    "together if further concessions are not granted to rebel groups.\n\n"
    "But Foreign Minister Lam Akol speaking from Khartoum on Monday said the deal cannot be changed.\n\n"
    "The United States has leveled accusations of ethnic cleansing against the government in Khartoum citing "
    "evidence that they are backing Arab Janjaweed militias who target black African ethnic groups.\n\n"
    "Khartoum continues to deny allegations of genocide and cites the rebels as the cause of unrest in region.\n\n"
    "Over 200,000 people have been killed and two million people displaced in the three years of civil war."
)

# http://terrorism-online.blogspot.com/2006/09/soldier-killed-as-mountain-fury-other.html (AFPS repost)
TEXTS["afps_2006_09_17_afghanistan_mountain_fury_medusa"] = (
    "WASHINGTON, Sept. 17, 2006 \u2013 One U.S. soldier died and another was wounded in Afghanistan during two "
    "separate battles on a firebase near Khowst, near the Pakistan border, U.S. officials said yesterday. Afghan "
    "National Army soldiers also were injured during enemy attacks that occurred amid Operation Mountain Fury, a "
    "coalition offensive launched several weeks ago to defeat Taliban troops operating in east-central Afghanistan.\n\n"
    "\"The death of our soldier is a tragic loss for Task Force Phoenix,\" said Brig. Gen. Douglas A. Pritt, "
    "commander of Combined Joint Task Force Phoenix.\n\n"
    "The deceased soldier, whose name is being withheld until the family is notified, was an embedded U.S. trainer "
    "with the Afghan National\nArmy, he said.\n\n"
    "About 7,000 U.S. and Afghan troops are participating in Mountain Fury, which is being conducted in Paktika, "
    "Khost, Ghazni, Paktya and Logar provinces.\n\n"
    "Meanwhile, the International Security Assistance Force-led Operation Medusa, comprised of more than 10,000 "
    "Afghan and NATO forces, has thwarted Taliban attempts to reestablish their presence in the Panjwayi district of "
    "Kandahar province, officials said. About 2,500 U.S. troops are also involved in the operation.\n\n"
    "Another anti-Taliban offensive, named \"Big North Wind,\" continues to stymie extremists trying to threaten "
    "Afghans in the Korangal Valley of Kunar province.\n\n"
    "\"The combined operations of Big North Wind, Mountain Fury and Operation Medusa will increase security to the "
    "Afghan people and prevent the intimidation that is the trademark of the Taliban,\" said\nArmy Major General Ben "
    "Freakley, commanding general of Combined Joint Task Force 76.\n\n"
    "The combined U.S., NATO and Afghan operations \"will replace Taliban violence and threats with a future for the "
    "Afghan people,\" Freakley said. He noted that the Taliban offers \"nothing of value\" for the Afghan people."
)

# http://terrorism-online.blogspot.com/2008/08/coalition-iraqi-forces-kill-one-detain.html (AFPS repost)
TEXTS["afps_2008_08_05_iraq_detentions_khalis"] = (
    "Aug. 5, 2008 - Coalition and Iraqi forces killed one enemy fighter, wounded two more and detained 21 suspected\n"
    "terrorists during recent operations in Iraq, military officials said. Today in northern and central Iraq, "
    "coalition forces captured 15 suspected terrorists during separate operations in Baghdad, Mosul, Samarra and "
    "Beiji.\n\n"
    "U.S. troops near Mosul detained two alleged al-Qaida associates and four other suspects. The two suspected "
    "associates are believed to be part of an al-Qaida network south of the city in Sharqat, officials said.\n\n"
    "Coalition forces detained six suspected\nterrorists in Salahuddin province, including an alleged al-Qaida leader "
    "in Samarra. The alleged leader reportedly supervises attacks in and around the city. The other suspects were "
    "detained during operations in Beiji, officials said.\n\n"
    "In two separate operations in Baghdad, coalition forces captured three suspected\nterrorists. One suspect and his "
    "associate are believed to be conspirators connected with foreign-fighter facilitators outside of the country. "
    "The other suspect reportedly is linked to a car-bombing network in the city, officials said.\n\n"
    "In operations yesterday:\n\n"
    "-- Iraqi\npolice killed a suspected Iranian-trained \"special groups\" criminal and wounded two others in "
    "Baghdad's Rusafa district after a drive-by shooting on the New Baghdad police station. Police officers returned "
    "fire, eventually causing the vehicle to flip. All three individuals were taken to the Kindi Hospital in Baghdad, "
    "officials said.\n\n"
    "-- Iraqi special operations forces captured five alleged al-Qaida members in Khalis, just north of Baqouba. One "
    "of the suspects is believed to be a financier and intelligence manager for al-Qaida. The other four reportedly "
    "are believed to manufacture and emplace homemade bombs, officials said."
)

# http://bbs.cortex-media.info/gopher.floodgap.com/0/feeds/voaheadlines/2012/Apr/3/145855575 (VOA feed mirror)
TEXTS["voa_2012_04_02_colombia_farc_hostages_freed"] = (
    "The Red Cross says Colombian rebels have freed 10 hostages held in the jungle for 12 years or longer. Officials "
    "with the International Red Cross say the four soldiers and six policemen were airlifted from their jungle prison "
    "Monday aboard a helicopter supplied by the Brazilian air force. They were flown to the city of Villavicencio. The "
    "Revolutionary Armed Forces of Colombia, known as FARC, promised to free the captives in February. Colombian "
    "President Juan Manuel Santos has refused to negotiate with FARC until it stopped kidnappings. But some Colombian "
    "civilian groups believe FARC is still holding as many as 700 hostages and they doubt the rebels are serious about "
    "talking peace. FARC has been active since 1964, saying it is fighting for the rights of the poor. It funds its "
    "operations mainly through drug trafficking and holding hostages for ransom. Colombia, the European Union, and "
    "United States regard FARC as a terrorist group."
)

# https://blogs.voanews.com/breaking-news/2012/04/22/sudan-400-southern-soldiers-killed-in-fight-over-heglig/
TEXTS["voa_2012_04_22_sudan_heglig_400"] = (
    "Sudanese officials claim that 400 South Sudan troops were killed during the battle for the flashpoint town of "
    "Heglig, an oil-producing area claimed by both countries.\n\n"
    "South Sudanese troops completed their withdrawal from Heglig Sunday, saying the number of soldiers killed is "
    "just a fraction of what Sudan claims. Estimates of casualties in Sudan are impossible to verify.\n\n"
    "The showdown over Heglig and its lucrative oil fields is raising fears of a full-scale war, less than a year "
    "after South Sudan declared independence from the north.\n\n"
    "South Sudan said it pulled troops out of Heglig because of international pressure. But Sudan says the southern "
    "forces withdrew because they were on the verge of defeat.\n\n"
    "The international community has pressed both sides to halt cross-border attacks and restart dialogue to settle "
    "unresolved issues, including oil revenue and citizenship disputes.\n\n"
    "U.S. President Barack Obama is appealing to both governments to avoid war and return to peace talks. He says "
    "there is no military solution to their dispute.\n\n"
    "Mr. Obama Saturday called on both governments to stop arming rebels across their borders and to allow aid groups "
    "access to people caught in the fighting.\n\n"
    "The north and south signed a peace deal in 2005 that ended a 21-year civil war that killed more than two million "
    "people. The deal included an independence referendum for the south."
)

# https://voa.pangea-cms.com/preview/en-US/a/militants-storm-eastern-afghan-district-killing-10/1351863.html
TEXTS["voa_2012_06_29_afghanistan_kamdesh_nuristan"] = (
    "Officials in eastern Afghanistan say militants, including suicide bombers, stormed a remote district early "
    "Friday, sparking a gunbattle that killed 10 people.\n"
    "The Taliban took responsibility for the attack in the Kamdesh district of Nuristan province.\n"
    "In an interview with VOA, the provincial governor's spokesman Muhammad Zarin said that at least 17 militants "
    "crossed the border from Pakistan and attacked a compound that housed government offices and residences. The dead "
    "included four civilians and six security personnel. The wife of a local police officer was among the four women "
    "who were killed.\n"
    "At least 20 civilians, including children, were wounded in the attack.\n"
    "Afghan authorities say the nearly 12-hour gunfight ended when security forces killed all of the attackers.\n"
    "Officials said NATO provided air support to Afghan forces battling the militants.\n"
    "Nuristan's Kamdesh district borders Pakistan's northwest. The porous Afghan-Pakistani border is a known safe "
    "haven for Taliban and al-Qaida-linked militants who often move freely between the two countries.\n"
    "Recent attacks in Afghanistan have raised concerns of whether Afghan forces will be prepared to take over "
    "security responsibility of the entire country once foreign combat troops withdraw by the end of 2014."
)

# https://learningenglish.voanews.com/a/obama-troops-to-syria/3301698.html
TEXTS["voa_2016_04_25_syria_us_forces_250"] = (
    "President Barack Obama said on Monday he would send 250 soldiers to Syria to help local forces fight against "
    "the Islamic State.\n\n"
    "The deployment will increase American forces in Syria to around 300. Most of the new 250 U.S. forces will be "
    "U.S. Army Green Berets. About 50 American forces are already in Syria since 2015.\n\n"
    "Obama told an audience at a trade fair in Hannover, Germany, the forces will \u201cnot be leading the fight on "
    "the ground.\u201d The president said the forces will provide training and will assist local troops to \u201ckeep "
    "up this momentum\u201d in the fight against IS.\n\n"
    "Obama also urged Europe and NATO allies to do more in the fight against Islamic State.\n\n"
    "\u201cThis remains a difficult fight and none of us can solve this problem by ourselves,\u201d he said.\n\n"
    "Stephen Zunes is a regional expert from the University of San Francisco. He told VOA the deployment could be "
    "viewed as mission creep in both Syria and Iraq.\n\n"
    "\"At the same time, given that Obama has had a pretty cautious approach in terms of U.S. military involvement "
    "in Syria, it could be an indicator that the initial troop deployment has been successful, and that it is an "
    "indication, in his mind at least, that additional U.S. forces could actually advance the cause of defeating ISIS "
    "and strengthening local forces that are fighting them."
)

# https://www.voanews.com/a/kashmir-violence/3514026.html
TEXTS["voa_2016_09_18_kashmir_uri_army_base"] = (
    "Seventeen Indian soldiers have been killed and nearly 20 wounded in the deadliest attack mounted by militants in "
    "two decades on an Indian army base in Kashmir, close to the border with Pakistan.\n\n"
    "Officials say four heavily armed commandos using guns and grenades stormed the army camp early Sunday in Uri, "
    "which lies west of Indian Kashmir\u2019s capital, Srinagar.\n\n"
    "An army statement said four militants were killed. A search is under way for others possibly hiding in the "
    "area.\n\n"
    "The gunbattle lasted for several hours and explosions could be heard throughout, according to local reporters.\n\n"
    "In a series of tweets, Indian Prime Minister Narendra Modi strongly condemned what he called the \"cowardly "
    "terror attack.\" He said \"I assure the nation that those behind this despicable attack will not go "
    "unpunished.\"\n\n"
    "The U.S. also strongly condemned the attack.\n\n"
    "Army officials said casualties were heavy because many of the soldiers died in a fire that engulfed the tents "
    "and temporary shelters where they were housed.\n\n"
    "Helicopters evacuated the wounded soldiers to hospitals in Srinagar, the main city in Indian Kashmir.\n\n"
    "Home Minister Rajnath Singh tweeted that in wake of the terror attack in Uri, he has postponed planned upcoming "
    "visits to Russia and the United States.\n\n"
    "The assault comes as Indian Kashmir reels under violent protests that have left nearly 80 civilians dead.\n\n"
    "The attack Sunday could further heighten tensions between nuclear-armed rivals India and Pakistan, which both "
    "claim all of the Himalayan region.\n\n"
    "Hours after the attack, India's deputy chief minister of Jammu and Kashmir, Nirmal Singh, accused Pakistan. "
    "\u201cThis is a proxy war. Pakistan is trying to find ways to foment trouble in Kashmir,\u201d said Singh."
)

# https://www.bignewsnetwork.com/news/257840769/dozens-of-afghan-security-forces-killed-in-taliban-assault (VOA)
TEXTS["voa_2018_08_15_afghanistan_baghlan_faryab_ghazni"] = (
    "At least 30 Afghan soldiers and police officers have been killed in a Taliban attack on a military outpost in "
    "the northern province of Baghlan.\n\n"
    "Wednesday's attack came more than a day after Taliban militants seized control of an army base in the northern "
    "province of Faryab following days of intense fighting. Officials say the Afghan National Army (ANA) base was "
    "lost after soldiers failed to receive reinforcements and air support, and ran out of ammunition and other "
    "supplies.\n\n"
    "Regional military and government officials Tuesday confirmed to VOA that 40 of the 70 soldiers stationed at the "
    "base surrendered to the Taliban. They said the rest have either been killed or fled to nearby mountains during "
    "the clashes.\n\n"
    "Meanwhile, Afghan security forces, with the help of U.S. airstrikes and military advisors, have regained control "
    "of the southeastern strategic city of Ghazni following days of deadly fighting with the Taliban.\n\n"
    "The Afghan Defense Ministry spokesman, Jawed Ghafoor, told VOA that security forces have cleared the central "
    "parts of the city of insurgents and that cleanup operations were underway on the outskirts of Ghanzi.\n\n"
    "Army officials have confirmed the killing of 100 Afghan soldiers and police personnel as well as 30 civilians "
    "since the Taliban assaulted the city on Friday, though local media gave much higher numbers of fatalities among "
    "government forces."
)

# https://allafrica.com/stories/202002200079.html ; text from https://vietjoy.com/viewtopic.php?f=20&t=82963&view=print
TEXTS["voa_2020_02_19_somalia_qoryooley_el_salini"] = (
    "At least 10 Somali government soldiers and 16 militants were killed Wednesday when Islamist group al-Shabab "
    "attacked two military bases in Somalia's Lower Shabelle region.\n\n"
    "The first attack at Qoryooley town, about 95 km south of Mogadishu, started when the militants used an "
    "explosives-laden vehicle driven by a suicide bomber to target a military base run by local militia allied with "
    "the Somali federal government.\u201c\n\n"
    "Their aim was to destroy the town\u2019s bridges. They have damaged one and we foiled their attempt on the other "
    "one. Then, dozens of heavily armed fighters attacked us,\u201d said Abdi Ahmed Ali, Qoryooley deputy district "
    "commissioner.\n\n"
    "According to multiple reliable sources in the town, at least 10 militants and six fighters belonging to the "
    "pro-government militia were killed during the battle.\n\n"
    "Al-Shabab also launched a dawn attack on a military base at El Salini, 60 kilometers, southwest of Mogadishu.\n\n"
    "Security officials said a suicide bomber detonated a vehicle containing explosives at the main gate of the base "
    "before gunmen stormed the premises.\n\n"
    "Speaking to government-run radio, Colonel Hassan Mohamed Abuker, one of the commanders at the base, said four "
    "government soldiers and at least six militants were killed.\n\n"
    "Al-Shabab claimed responsibility for both attacks in a statement released by its mouthpiece, Radio Andalus.\n\n"
    "The statement read, \u201cThe militants briefly took the base at El Salini and seized a sizeable amount of weapons "
    "and ammunition from the government soldiers.\u201d Government security officials neither confirmed nor denied "
    "the militants\u2019 claim of briefly entering the camp."
)

# https://voa.pangea-cms.com/preview/en-US/a/russia-launches-deadly-missile-barrage-at-ukraine-s-capital-and-kharkiv-/7451333.html
TEXTS["voa_2024_01_23_ukraine_kyiv_kharkiv_missiles"] = (
    "Ukrainian officials said Russia launched a barrage of missiles at Tuesday that killed at least seven people and "
    "wounded more than 60 others while damaging numerous residential buildings in Kyiv and Kharkiv.\n\n"
    "Ukraine\u2019s air force said Ukrainian air defenses shot down 21 of 41 Russian missiles.\n\n"
    "The attacks mainly targeted the capital, Kyiv, as well as the city of Kharkiv in northeastern Ukraine.\n\n"
    "Oleh Synehubov, Kharkiv\u2019s regional governor, said three people were killed and 42 wounded.\n\n"
    "Kharkiv Mayor Ihor Terekhov said the Russian strikes damaged 30 apartment buildings.\n\n"
    "Kyiv Mayor Vitali Klitschko said the attacks hit several of the capital\u2019s districts, wounding at least 20 "
    "people.\n\n"
    "One person was also killed in the eastern city of Pavlohrad, in the Dnipropetrovsk region.\n\n"
    "Military aid\n\n"
    "The United States is convening the latest meeting of the Ukraine Defense Contact Group, bringing together "
    "partners to discuss support for Ukraine\u2019s military even as U.S. President Joe Biden faces opposition from "
    "some Republicans in the U.S. Congress on a new aid package for Ukraine.\n\n"
    "Pentagon spokesperson Sabrina Singh said that while the United States is committed to Ukraine, lawmakers need "
    "to pass more funding for Kyiv as it battles Russian forces."
)
