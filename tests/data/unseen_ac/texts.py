# -*- coding: utf-8 -*-
"""Body texts of set (ac): US federal government works only (public domain): Voice of America news items, VOA
newscast transcripts, Department of Defense / Army / Marine Corps / U.S. Indo-Pacific Command releases and statements,
DVIDS items, U.S. Africa Command releases and Department of State press statements, copied from the stored copies of
the pages (research search tool, corpus 'pages'; about the first 2,000 characters of each page). Page furniture (site
headers, 'Accessibility links'/'Breaking News' lines, titles, bylines, date lines, photo captions, crossheads, related
links, repost-site additions) removed; wording, spelling and punctuation kept. Paragraphs are joined by one blank line.
Where the stored copy breaks off, the text ends at the last complete sentence (text_complete false in meta.py)."""


def P(*paras):
    return "\n\n".join(paras)


TEXTS = {}

# voa.pangea-cms.com preview copy of https://www.voanews.com/a/funeral-held-top-houthi-official-killed-yemen-airstrike/4369145.html
TEXTS['voa_2018_04_28_yemen_houthi_funeral_sanaa_strike'] = P(
    "Thousands of Yemenis attended a funeral Saturday for a top Houthi rebel official killed more than a week ago in a Saudi-led coalition airstrike in the coastal province of Hodeida.",
    "Saleh al-Samad, chief of the Houthis' Supreme Political Council, was killed in that airstrike along with six others. Al-Samad's successor, Mahdi al-Mashat, was among the mourners who attended the funeral in Sanaa's al-Sabeen Square.",
    "Rebel leader Abdul-Malek al-Houthi has vowed to avenge the death of al-Samad.",
    "Shortly after the funeral started, the Houthis said they had launched eight ballistic missiles into Sunni territory. The Saudi-led coalition said it had intercepted four of the missiles, which were headed for the coastal city of Jizan.",
    "The coalition also said one man had been killed by flying debris from the attack.",
    "Also Saturday, a Saudi-led coalition airstrike in Yemen's capital killed two Houthi leaders.",
    "It was not immediately clear how many other people were killed or injured in the attack in Sanaa. Saudi Arabia's state-run television put the death toll at more than 50, while al-Arabia television said at least 38 rebels had been killed in the strike on the Houthis' interior ministry building.",
    "More than 2 million people have become internally displaced in Yemen since March 2015. That is when the Saudi-led coalition, in support of Yemen's government, began a bombing campaign against Houthi rebels.")

# voa.pangea-cms.com preview copy of https://www.voanews.com/a/saudi-led-airstrike-on-sanaa-police-kills-15/3151029.html
TEXTS['voa_2016_01_19_yemen_sanaa_police_airstrike'] = P(
    "Saudi-led airstrikes killed at least 26 people at a police facility in Yemen's capital overnight, adding to a death toll of nearly 6,000 people since Riyadh began its military campaign against the Houthi militia that controls Sana'a.",
    "The attack on police headquarters wounded dozens more people, many of them police officers. Rescue efforts were under way for survivors trapped under the debris of the building.",
    "On Sunday, a Saudi coalition airstrike killed an independent reporter for Voice of America and the humanitarian news agency, IRIN. Almigdad Mojalli was the sixth journalist killed in Yemen since January 2015.",
    "\"Almigdad Mojalli was a committed and talented journalist who made the ultimate sacrifice to report on the difficult, but important, stories coming out of Yemen,\" said John Lansing, the director of the Broadcasting Board of Governors - the parent organization of the Voice of America. \"He dedicated his life to reporting on humanitarian crises, and we extend our condolences to his family,\" Lansing said.",
    "The U.S. State Department also expressed condolences to Mojalli's family and said it is still in the process of gathering information about the circumstances of his death.",
    "Since October, Mojalli had been reporting for VOA on the human impact of the war and the economic crisis in Yemen. He was in an area outside of rebel-held Sana'a on Sunday morning when he was killed in the Saudi-led coalition airstrike.",
    "Houthi rebels overran the capital in late 2014, triggering the resignation of President Abd Rabbu Mansour Hadi in January 2015 and subsequent exile to Riyadh.",
    "Leading a regional coalition, Saudi Arabia has carried out an air campaign against the Houthis since March.")

# https://www.voanews.com/a/east-asia-pacific_eight-myanmar-protesters-reportedly-killed-junta-forces/6203508.html
TEXTS['voa_2021_03_19_myanmar_aungban_protesters_killed'] = P(
    "Security forces in Myanmar fired live rounds and tear gas on coup protesters Friday, reportedly killing eight people in the central town of Aungban in the eastern Shan state.",
    "The reported killings, and the arrests of several demonstrators in Aungban, occurred as protesters again took to the streets there and elsewhere, including the cities of Yangon and Mandalay, and the towns of Myingyan, Katha and Myawaddy, according to witnesses and media reports.",
    "Seven protesters were shot dead and another shooting victim died after being taken to a hospital in the nearby town of Kalaw, according to Reuters, which cited an official with Aungban’s funerary service who declined to be identified.",
    "Reuters also reported a demonstrator was killed in the northeastern town of Loikaw.",
    "The military government did not immediately comment on the latest reported deaths.",
    "The Associated Press is reporting that authorities have arrested a spokesperson for National League for Democracy, the party of ousted leader Aung San Suu Kyi.",
    "There are also media reports and witness accounts that people are fleeing the country, as the crackdown has intensified, during which more than 230 people have been killed and about 2,000 arrested since the February 1 coup.",
    "Developments in Myanmar, which is also known as Burma, are becoming more difficult to confirm after authorities restricted the internet, which demonstrators use to organize and disseminate information.",
    "Myanmar’s military arrested two journalists Friday in the capital of Naypyidaw while covering a court hearing for a detained member of Suu Kyi’s party.")

# webjosh.com repost of a Voice of America story (source line 'Voice of America')
TEXTS['voa_2021_03_29_myanmar_14_demonstrators_killed'] = P(
    "Myanmar security forces killed 14 people Monday during demonstrations in towns across the country following the deadliest weekend since the February military coup, according to the Assistance Association for Political Prisoners (AAPP).",
    "The group, which has been monitoring the violence, said Monday’s toll brings the total number of deaths since the February 1 coup to at least 510. Eight of the deaths that took place Monday occurred in Myanmar's main city, Yangon, according to AAPP. Protests took place Monday throughout the country, including in Sagaing Region, where hundreds of mourners lined the street to pay tribute to a 20-year-old nursing student who was shot and killed Sunday while helping provide aid to injured protesters.")

# https://voanews.com/a/aid-worker-killed-in-darfur/1695572.html
TEXTS['voa_2013_07_04_sudan_darfur_nyala_aid_worker'] = P(
    "The United Nations says a grenade strike in Sudan's Darfur region has killed one aid worker and critically wounded at least two other workers.",
    "Authorities in Nyala, South Darfur's largest city, say the aid workers were caught in the crossfire of a gunfight Thursday between competing security forces.",
    "A U.N. statement says a rocket-propelled grenade hit the office of an international organization. The U.N. did not name the organization.",
    "The statement also said there were reports some offices and premises of international organizations in Nyala were looted.",
    "Officials in South Darfur have declared a curfew in Nyala.",
    "Darfur has been racked by fighting and violence since rebel groups launched an uprising against Sudan's central government in 2003.",
    "The U.N. estimates more than 300,000 people have died and close to two million civilians have been forced from their homes. Periodic fighting and tribal clashes continue.")

# horndiplomat.com repost of a U.S. Africa Command release
TEXTS['africom_2018_08_28_somalia_airstrike_southwest_of_mogadishu'] = P(
    "In coordination with the Federal Government of Somalia, U.S. forces conducted an airstrike targeting al-Shabaab militants approximately 40 kilometers southwest of Mogadishu, Somalia, on August 27, killing three (3) terrorists.",
    "We currently assess no civilians were injured or killed in this airstrike.",
    "U.S. forces will continue to use all authorized and appropriate measures to protect U.S. citizens and to disable terrorist threats. This includes partnering with AMISOM and Somali National Security Forces (SNSF) in combined counterterrorism operations and targeting terrorists, their training camps, and their safe havens throughout Somalia and the region.")

# defence-blog.com repost quoting the Department of the Army release of 13 May 2022 (release paragraphs only)
TEXTS['army_2022_05_13_europe_summer_unit_deployments'] = P(
    "The 101st Airborne Division Headquarters, from Fort Campbell, Kentucky, will deploy to replace the 82nd Airborne Division Headquarters. Approximately 500 Soldiers will deploy.",
    "The 2nd Infantry Brigade Combat Team, 101st Airborne Division, from Fort Campbell, Kentucky, will deploy approximately 4,200 Soldiers to replace the 3rd Infantry Brigade Combat Team, 82nd Airborne Division.",
    "The 3rd Armored Brigade Combat Team, 1st Cavalry Division, from Fort Hood, Texas, will deploy approximately 4,200 Soldiers to replace the 1st Armored Brigade, 3rd Infantry Division.",
    "These deployments are a one-for-one unit replacement which leaves our overall force posture in the region unchanged. The units being replaced will return to their home station.")

# http://www.voanews.com/content/african-union-official-says-al-shabab-attacks-will-not-deter-somalia-mission/2574359.html
TEXTS['voa_2014_12_26_somalia_halane_base_attack'] = P(
    "The African Union says it has killed the last three of eight al-Shabab militants who attacked its base in the Somali capital of Mogadishu, bringing the death toll to 14.",
    "A spokesman for the AU mission in Somalia (AMISOM) told VOA that five AU peacekeepers and a foreign contractor had died in Thursday's raid on one of the city's most fortified bases.",
    "Colonel Ali Aden Hamoud said an investigation was under way to find out how militants dressed in Somali uniforms infiltrated the Halane facility near Mogadishu International Airport, which is also home to a U.N. office and several embassies.",
    "\"From our coordination, there will be some change, for sure,\" he said.",
    "The identity and nationality of the foreign contractor have not been released.",
    "AMISOM said Thursday that it had regained control of the base and had \"restored normalcy\" after rebels ambushed the compound around midday, trying to gain access to what the peacekeeping mission called critical infrastructure.",
    "In claiming responsibility for the attack, al-Shabab said the raid targeted a Christmas party at the base.",
    "U.N. Secretary-General Ban Ki-moon on Friday condemned the attack and reaffirmed the United Nations' resolve to support the Somali government.",
    "The U.N. Security Council also deplored the raid and said that any acts of terrorism are unjustifiable.",
    "AU and Somali government forces have pushed al-Shabab out of most Somali cities and towns. The al-Qaida-linked group, however, still launches periodic raids and suicide attacks on AU and government targets.")

# https://www.pacom.mil/Media/News/News-Article-View/Article/2205639/arrival-of-us-marine-rotational-force-darwin/
TEXTS['marines_2020_06_02_australia_darwin_rotation_arrival'] = P(
    "CAMP H.M. SMITH, Hawaii -- Marines have begun to arrive in Darwin, Australia for the ninth iteration of the Marine Rotational Force – Darwin (MRF-D) initiative. The modified rotation involves approximately 1,200 Marines from 1st Marine Division, 1st Marine Logistics Group, and 1st Marine Aircraft Wing.",
    "These units are organized as a Marine Air-Ground Task Force (MAGTF), consisting of a Command Element, Ground Combat Element, Aviation Combat Element, and Logistics Combat Element. This structure provides a combat-proven, flexible, scalable, and self-sustaining air-ground-logistics team capable of quickly responding to a variety of contingencies.",
    "The Ground Combat Element is comprised of an infantry battalion, 3rd Battalion, 7th Marine Regiment, an artillery battery from 3rd Battalion, 11th Marine Regiment, and a detachment from 1st Combat Engineer Battalion. The Aviation Combat Element is comprised of a detachment from Marine Unmanned Aerial Vehicle Squadron (VMU) 3, and additional elements to support the RQ-21A Blackjack platform. The Logistics Combat element is comprised of Combat Logistics Battalion 5 and supporting elements.",
    "This iteration of the MRF-D initiative will consist of various squad and company-level live-fire training events, and a culminating MAGTF-level exercise. The training events will occur throughout the Northern Territory until the conclusion of the deployment in September.",
    "The entirety of MRF-D forces will undergo mandatory pre-travel screening prior to arriving at Royal Australian Air Force Base Darwin. Upon arrival, each Marine will be screened and tested for COVID-19 before being quarantined for 14 days at specially prepared facilities in the Darwin area. Upon conclusion of the mandatory quarantine period, each Marine will be re-tested prior to commencing training.")

# https://www.marforpac.marines.mil/News/Press-Release-View/Article/1817285/us-marines-arrive-in-darwin-for-annual-rotation/
TEXTS['marines_2019_04_18_australia_darwin_rotation_arrival'] = P(
    "DARWIN, NT, Australia – U.S. Marines have begun arriving in Darwin, Australia for the eighth iteration of the Marine Rotational Force – Darwin initiative. The majority of Marines are scheduled to arrive in Darwin mid-April and will undertake a range of training activities until October. Training activities will include bilateral and multilateral training with the Australian Defence Force and regional allies and partners throughout the Indo-Pacific.",
    "The majority of Marines will stay at Australian Defence Force facilities in the Darwin area, including Robertson Barracks and Royal Australian Air Force Base Darwin. During this rotation, a company of MRF-D Marines will be hosted by the Australian Army 3rd Brigade at Lavarack Barracks in Townsville. Training will occur at various locations throughout Australia and the region, including Kangaroo Flats Training Area, Mount Bundey Training Area, Shoalwater Bay Military Training area, as well as exercises and engagements ashore and afloat throughout the Indo-Pacific region.",
    "Key training opportunities will include Indo-Pacific Endeavor, Talisman Saber, Koolendong, and a humanitarian assistance and disaster relief exercise.",
    "Marines from I and III Marine Expeditionary Force will deploy to Australia in the form of a Marine Air-Ground Task Force, similar to the size used for a Marine Expeditionary Unit, consisting of a Command Element, Ground Combat Element, Aviation Combat Element, and Logistics Combat Element. The main body of the rotation is comprised of approximately 1,700 Marines and sailors.",
    "Continuity of strong community outreach with the local communities remains a tradition of the U.S. Marines in Darwin. Volunteers from MRF-D look forward to participating regularly in various programs throughout their deployment to give back to the communities where they live and train.")

# https://www.voanews.com/a/pentagon-says-american-fighting-for-isis-in-syria-now-in-us-custody/4029425.html
TEXTS['voa_2017_09_14_syria_american_isis_fighter_custody'] = P(
    "An American citizen fighting for Islamic State in Syria is in U.S. custody after surrendering to coalition-backed Syrian fighters.",
    "“Syrian Democratic Forces (SDF) turned over an American citizen who surrendered to SDF on or around Sept. 12,” Defense spokesman Marine Maj. Adrian Rankine-Galloway told VOA on Thursday.",
    "Defense Department personnel have detained the American as “a known enemy combatant” and say they will transport the captive “humanely,” according to Rankine-Galloway.",
    "“We will pursue ISIS fighters regardless of nationality,” he added, referring any further questions to the U.S. Justice Department.",
    "There are conflicting reports as to where the American terrorist fighter turned himself in, with some saying the fighter surrendered in Raqqa and others saying he did so in Deir el-Zour.",
    "Meanwhile, coalition-backed fighters battling Islamic State in eastern Syrian do not intend to enter the city of Deir el-Zour, a U.S. military spokesman said, lessening the potential for clashes between coalition partners and Syrian government forces there.",
    "“The plan right now is not to go into the city,” U.S. Army Col. Ryan Dillon, the spokesman for the U.S.-led coalition, told reporters Thursday via video conference from Baghdad.",
    "The Syrian army recently broke an Islamic State siege of Deir el-Zour and are still fighting ISIS terrorists, who have had three years to set up defenses in the area.",
    "The latest advances place the Syrian army within about 15 kilometers (9.3 miles) of the SDF.")

# hiiraan.com repost of a VOA story (byline Harun Maruf)
TEXTS['voa_2024_07_23_somalia_jubaland_bases_clashes'] = P(
    "Dozens of al-Shabab militants have been killed in new clashes in the southern Jubaland state, officials said.",
    "The clashes followed three separate coordinated attacks the militants carried out on military bases manned by federal and regional forces in the west and south of Kismayo town.",
    "The militants have attacked Bulo Haji, Harbole, and Mido, all of which were seized from al-Shabab since last month. The militants also fired on a fourth base at Bar Sanguni in an apparent attempt to disrupt possible reinforcement to the bases under attack.",
    "Spokesperson for the Jubaland regional forces Major Mohamed Farah Dahir told VOA Somali that 135 militants were killed in the attacks.",
    "“Overall, we killed 135, confirmed,” he said.",
    "“We have also seized weapons from their dead. ... I have never seen such a large number of deaths in my life in one spot.”",
    "He said at least six militants were captured alive. He also said that the biggest casualty event occurred in Bulo Haji.",
    "But the federal government, which has soldiers deployed in the bases that came under attack, has given a different casualty figure. In a prepared statement, the federal Ministry of Information claimed that all the attacks were repelled and over 80 militants were killed.",
    "Purported video clips and pictures published by social media accounts show dozens of dead bodies.",
    "Al-Shabab claimed their militants overran the bases and said that more than 70 soldiers were killed in their attacks.",
    "The video clips and casualty figures given by both sides have not been independently verified by VOA.",
    "Al-Shabab has been fighting to oust Somalia’s central government in Mogadishu for nearly two decades.")

# https://www.voanews.com/africa/roadside-bomb-kills-12-somali-soldiers
TEXTS['voa_2021_02_07_somalia_dhusamareb_roadside_bomb'] = P(
    "Twelve members of Somalia’s security forces were killed, and two others wounded on Sunday following a powerful roadside explosion in the central state of Galmudug, officials said.",
    "The attack occurred near the village of El Dhere, 28 kilometers west of Dhusamareb town, during a security operation, officials said. Dhusamareb is about 510 kilometers north of the Somali capital, Mogadishu.",
    "The chief of the intelligence agency in the town of Dhusamareb, Major Abdirashid Abdinur Qoje, was among those killed, the state’s information minister, Ahmed Shire Falagle, confirmed to VOA Somali.",
    "“A vehicle carrying the officer, Qoje, and other soldiers accompanying him were hit by a landmine; the officer and some of the soldiers died, so it was a bomb,” Falagle said.",
    "The al-Shabab militant group claimed responsibility. The attack marked the second confrontation between al-Shabab and Somali government forces outside Dhusamareb in the space of three days. On Friday, seven militants were killed by government forces after mortars were fired into the town as political leaders held a meeting on election management.",
    "The meeting in Dhusamareb collapsed in the early hours of Saturday after President Mohamed Abdullahi Farmajo and Prime Minister Mohamed Hussein Roble failed to reach a deal on election management with the leaders of five federal member states.",
    "The lack of agreement plunges the country into political uncertainty as the president’s term ends on Monday, February 8.",
    "The United States withdrew almost all of its troops from Somalia last month following an order from then-President Donald Trump. Despite the withdrawal, the U.S. military has continued conducting airstrikes against al-Shabab.")

# einpresswire.com repost of the Department of State press statement 'Burma Regime Airstrikes' (11 April 2023)
TEXTS['state_2023_04_11_burma_sagaing_chin_airstrikes'] = P(
    "We are deeply concerned by today’s reports of a Burma military airstrike in the Sagaing region that killed more than 50 people and injured at least 30 people, including children. This attack follows reports of airstrikes in Chin State on April 10 that killed at least nine people. These violent attacks further underscore the regime’s disregard for human life and its responsibility for the dire political and humanitarian crisis in Burma following the February 2021 coup.",
    "The United States calls on the Burma regime to cease the horrific violence, allow unhindered humanitarian access, and to respect the genuine and inclusive democratic aspirations of the people of Burma. The military regime must abide by its obligations under international humanitarian law, including rules on the protection of civilians. The United States will continue to work with the international community to hold the regime accountable for violations and abuses committed in Burma.")

# breakingnewsinternational.com repost of https://www.state.gov/burma-regime-attack-in-kachin-state/
TEXTS['state_2023_10_10_burma_kachin_idp_camp_attack'] = P(
    "We are deeply concerned by reports of a Burma military attack on an internally displaced persons camp near Mung Lai Hkyet village in Kachin State on October 9. Early reports indicate dozens of civilians were killed. We strongly condemn the military regime’s ongoing attacks that have claimed thousands of lives since the February 2021 coup and continue to exacerbate the region’s most severe humanitarian crisis. More than 1.6 million people have been internally displaced since the coup.",
    "The United States will continue to support the people of Burma and all those working peacefully to support their aspirations for peace and inclusive democracy.")

# progressivevoicemyanmar.org repost of the Department of State statement 'On the Attacks in Kayah State and Throughout Burma'
TEXTS['state_2021_12_28_burma_kayah_state_attacks'] = P(
    "The United States condemns the attacks committed on December 24 by the Burmese military in Kayah State, which killed at least 35, including women and children and two staff members of the international aid organization Save the Children.  We are alarmed by the military regime’s brutality across much of Burma, including most recently in Kayah and Karen States.  The targeting of innocent people and humanitarian actors is unacceptable, and the military’s widespread atrocities against the people of Burma underscore the urgency of holding its members accountable.  The international community must do more to advance this goal and prevent the recurrence of atrocities in Burma, including by ending the sale of arms and dual-use technology to the military.",
    "Since the February 1 coup, the United States has imposed targeted sanctions against the Burmese military, its leaders, and their financial interests, disrupting their access to the international financial system.  We will continue to work with our partners and allies to promote accountability, including by supporting the UN Independent Investigative Mechanism for Myanmar, while also continuing to press for a restoration of Burma’s path to peace and democracy. We call on the Burmese regime to ensure the safety of humanitarian workers and to grant free and unhindered access to those providing humanitarian assistance for the people of Burma.")

# https://www.voanews.com/a/russian-shelling-in-kherson-kills-2-injures-12-including-infant/7353224.html
TEXTS['voa_2023_11_13_ukraine_kherson_shelling_infant'] = P(
    "Russian shelling hit the southern Ukrainian city of Kherson Monday, killing three people and injuring at least 12, including a 2-month-old infant, according to local governor Oleksandr Prokudin.",
    "Since their liberation last year, Kherson and the western bank of the Dnipro River have been regularly bombarded by Russians from Dnipro’s eastern bank. There are usually rounds of air alerts during the day.",
    "Two people were killed and 10 more injured in an afternoon combined attack in the central part of the city, Prokudin said.",
    "\"Eight vehicles, including one ambulance, an administrative building, a hospital, and at least fifteen houses were destroyed or damaged,\" he added.",
    "In a separate message, the governor said on the Telegram messaging app, a car was shot at in a suburb of Kherson, killing one person and wounding a 2-month-old infant and his mother.",
    "Meanwhile, Ukrainian lawmaker Oleksandr Dubinsky has been formally notified that he is suspected of treason for allegedly spreading misinformation about Ukraine’s political leadership and cooperation with Russia's military intelligence, officials said on Monday.")

# https://www.voanews.com/a/russia-kills-5-in-new-attack-on-ukraine-s-southern-city-of-kherson/6971863.html
TEXTS['voa_2023_02_21_ukraine_kherson_missile_strike'] = P(
    "Ukrainian President Volodymyr Zelenskyy Tuesday accused Russia of \"mercilessly killing\" civilians in the southern city of Kherson following a missile strike that left five people dead and 16 others injured.",
    "\"A vehicle park, residential areas, a high-rise building, and a public transport stop were hit,\" Zelenskyy said on the Telegram social messaging app. \"The Russian army is heavily shelling Kherson. Again, mercilessly killing the civilian population.\"",
    "\"The world has no right to forget for a single moment that Russian cruelty and aggression know no bounds,\" the Ukrainian leader said. He posted photographs online showing corpses lying in the street.",
    "Russia has denied targeting civilians.",
    "Ukraine recaptured Kherson in November after eight months of Russian occupation, forcing Russian forces to abandon the only regional capital they had seized since invading Ukraine on February 24 of last year. But Moscow's shelling of the city continues.",
    "Oleksandr Prokudin, head of the Kherson Regional Military Administration, said Russian troops had targeted the city \"probably by Grad\" multiple rocket-launchers and that 20 explosions were heard.",
    "The attack came as Russian President Vladimir Putin was defending the invasion in a speech before the Russian parliament in Moscow, and a day after U.S. President Joe Biden made a surprise visit to the Ukrainian capital, Kyiv, to assure Zelenskyy of the continued support of the U.S. and its Western allies.")

# voa.pangea-cms.com preview copy of https://www.voanews.com/a/russian-shelling-hits-kherson/6877511.html
TEXTS['voa_2022_12_15_ukraine_kherson_donetsk_shelling'] = P(
    "Ukraine said Russian shelling killed two people Thursday in the southern city of Kherson, while Russia-installed officials reported Ukrainian attacks in the eastern city of Donetsk.",
    "Kyrylo Tymoshenko, deputy head of President Volodymyr Zelenskyy’s office, posted on Telegram that the Russian strikes hit the regional administration building in Kherson.",
    "In Donetsk, the Russia-appointed mayor Alexei Kulemzin said overnight shelling amounted to some of the biggest attacks there in years.",
    "Russia-backed separatists have controlled parts of the Donetsk region since 2014, and earlier this year the area was part of an annexation announced by Russia but rejected by the international community.",
    "In Geneva, U.N. High Commissioner for Human Rights Volker Turk told a meeting of the Human Rights Council that Russia’s war on Ukraine continues to be marked by gross violations of international human rights law.",
    "Turk, who closed a visit to Ukraine last week, said 18 million people in Ukraine need humanitarian aid and that additional Russian airstrikes “could lead to a further serious deterioration in the humanitarian situation and spark more displacement.”",
    "He said Russian attacks on civilian infrastructure, including energy facilities, are exposing millions of Ukrainian civilians to “extreme hardship during the winter months.”",
    "“My deepest wish is for an end to this senseless war,” Turk said.")

# thedcpatriot.com repost of the statement by Secretary of Defense Mark T. Esper (31 December 2019), statement only
TEXTS['dod_2019_12_31_esper_82nd_airborne_irf_deployment'] = P(
    "At the direction of the Commander in Chief President Donald J. Trump, I have authorized the deployment of an infantry battalion from the Immediate Response Force (IRF) of the 82nd Airborne Division to the U.S. Central Command area of operations in response to recent events in Iraq.",
    "Approximately 750 #Soldiers will deploy to the region immediately & additional forces from the IRF are prepared to deploy over the next several days.",
    "This deployment is an appropriate and precautionary action taken in response to increased threat levels against U.S. personnel and facilities, such as we witnessed in Baghdad today. The United States will protect our people and interests anywhere they are found around the world.")

# https://www.dvidshub.net/news/412790/guard-members-prepare-deployment-poland
TEXTS['dvids_2022_12_01_washington_guard_poland_deployment'] = P(
    "Just as the Washington National Guard welcomed home nearly 100 members of the 81st Stryker Brigade Combat Team after a nine-month deployment to Ukraine, dozens of soldiers prepared to leave. This month, 100 members of the 2nd Battalion, 146th Field Artillery Regiment and 898th Brigade Engineer Battalion left for Fort Bliss, Texas as they get set for a nine-month deployment to Poland.",
    "The group of Guard members will join up with 1st Battalion, 185th Infantry Regiment from the California National Guard as they replace 3rd Battalion, 161st Infantry Regiment, another Washington National Guard unit in support of the NATO enhanced Forward Presence mission.",
    "“I am so proud of you guys and what you have accomplished to get to this point,” said Lt. Col. Matt Braddock, commander of 2nd Battalion, 146th Field Artillery Regiment. “I know you guys will represent Washington and the United States with respect and honor in Poland.”")

# https://www.dvidshub.net/image/7621831/la-guard-unit-holds-deployment-ceremony-wwii-museum (the item is the caption)
TEXTS['dvids_2023_02_03_louisiana_guard_middle_east_ceremony'] = (
    "Soldiers of the 3673rd Support Maintenance Company stand in formation prior to their deployment ceremony in the atrium of the U.S. Freedom Pavilion at the National WWII Museum, New Orleans, Feb 3, 2023. More than 140 Soldiers are scheduled to deploy to the Middle East in support of Operation Spartan Shield.")

# googlenews-update.blogspot.com repost of a VOA story (April 2015); text ends before the closing background paragraphs
TEXTS['voa_2015_04_20_somalia_garowe_un_bus_bombing'] = P(
    "The militant group al-Shabab claimed responsibility for a bomb attack Monday on a United Nations bus in northern Somalia that killed at least nine people.",
    "The U.N. Children's Fund said four of its staff members were killed and another four were in serious condition after the blast in the town of Garowe that happened as they traveled from their guest house to their office.",
    "U.N. Special Representative for Somalia Nick Kay condemned the attack, saying on Twitter he was \"shocked and appalled by loss of life.\"",
    "The bombing was al-Shabab's third deadly attack against international personnel in the span of three days.",
    "On Sunday, al-Shabab militants killed three African Union peacekeepers from Burundi and wounded several other soldiers in the southern town of Lego.",
    "The AU called that attack a \"cowardly ambush.\"",
    "\"This attack on AMISOM peacekeepers is part of the continuous effort to subvert Somalia,\" AU envoy to Somalia Maman Sidikou said in a statement. \"It is an attempt at disrupting the growth that is evident across all regions, by the enemies of the Somali people.\"",
    "The governor of the Lower Shabelle region, Abdulkadir Mohamed Nur \"Siidi,\" told VOA Somali that at least 11 al-Shabab militants were killed during an exchange of heavy fire.",
    "An attack Saturday on a Kenyan convoy killed three soldiers and wounded eight others while they were on a route patrol in the Delbio area of Lower Jubba region.",
    "Al-Shabab is attempting to overthrow the Somali government and establish an Islamic state.")

# geilien.cn transcript of the VOA News newscast of 21 October 2017 (English transcript only)
TEXTS['voa_2017_10_21_newscast_kabul_mosque_egypt_mogadishu'] = P(
    "From Washington, this is VOA news. Hello, I'm Steve Miller.",
    "Officials in Afghanistan say a suicide blast inside a crowded Shiite Muslim mosque in Kabul has killed at least 40 worshipers and wounded dozens more. Ayaz Gul has details.",
    "It was in fact a crowded mosque for Shiite Muslims where a suicide bomber just walked in and blew himself up, and there are dozens of people seriously wounded, according to the Afghan Interior Ministry.",
    "And in fact what we are hearing right now is that there were two attackers and as soon as the first one blew himself up, there was a second attacker. He was armed with automatic weapons and he started shooting at the crowd.",
    "There was reporter Ayaz Gul.",
    "Militants killed 14 policemen and wounded eight in a shootout during a raid Friday on a militants' hideout southwest of Cairo. Marissa Melton has more.",
    "Egypt has been struggling to contain an insurgency by Islamic militants led by an affiliate of the Islamic State group.",
    "Attacks have centered mostly in a northern region of the Sinai Peninsula but attacks on the mainland have also recently increased.",
    "The country has been under a state of emergency since bombings and suicide attacks targeting minority Coptic Christians killed scores earlier this year. Those attacks were claimed by the Islamic State group.",
    "Marissa Melton, VOA new.",
    "Somalia's prime minister says the president will announce a \"state of war\" against the al-Shabaab extremist group blamed for the country's deadliest attack. Military officials say the United States is expected to play a supporting role in the new offensive.",
    "Somalia's information minister says the death toll has risen to 358 in the country's worst attack ever.",
    "This is the Voice Of America news.")

# https://www.voanews.com/a/us-military-coalition-troops-killed-wounded-syria/4323752.html
TEXTS['voa_2018_03_30_syria_manbij_coalition_members_killed'] = P(
    "Two members of the U.S.-led coalition in Syria, one American and the other British, were killed in a roadside bomb blast Thursday night, according to U.S. officials. Five others were wounded.",
    "Two U.S. officials speaking anonymously to Reuters said the attack occurred near the city of Manbij in northern Syria.",
    "An earlier statement from the U.S. military did not indicate where the attack occurred, nor did it disclose the names and nationalities of the victims, saying only that they were coalition members.",
    "U.S. military spokesman Colonel Ryan Dillion did not immediately say who was responsible for the attack, but added, \"We have our initial assessment and thoughts on that but we won't provide [it] until the investigation is complete.\"",
    "Britain's Defense Ministry confirmed the second fatality came from within its ranks. A defense spokesman said that the British service member was embedded with U.S. forces at the time of the attack and that the coalition forces were carrying out an operation against the Islamic State group.",
    "The attack near Manbij, a former Islamic State stronghold where U.S. forces are stationed, occurred one day after U.S. President Donald Trump said he would withdraw U.S. forces in the near future.",
    "\"We're coming out of Syria, like, very soon. Let the other people take care of it now. Very soon — very soon we're coming out,\" Trump said in a speech in the Midwestern U.S. state of Ohio, without offering details.")

# iafrica.com repost of a VOA story (source line 'SOURCE: VOA')
TEXTS['voa_2020_08_17_somalia_mogadishu_elite_hotel_attack'] = P(
    "The death toll from Sunday’s attack and subsequent hours-long siege at a beachfront hotel in Somalia has risen to at least 16. The al-Shabaab militant group claimed responsibility for the attack. Officials and witnesses told VOA Somali that just before 6 p.m. local time, a suicide car bomb exploded outside the Elite Hotel at Mogadishu’s popular Lido Beach. Moments later four armed gunmen stormed the hotel. Security forces arrived at the scene immediately after the attack began and took over from hotel guards the responsibility for ousting the attackers. Ismail Mukhtar, a spokesperson for the Ministry of Information, said all four of the attackers who stormed the hotel were shot dead. Troops rescued more than 200 people from the hotel, including the owner, Abdullahi Mohamed Nur, a lawmaker and former minister. At least 18 people were injured. Over the past two months attacks by the jihadist group have increased in the capital. Last week a shootout between jailed al-Shabab members and security officers at a prison claimed at least 20 lives. The militants – who had managed to obtain weapons – had tried to escape from a heavily guarded prison in Mogadishu.")

# bartamaha.com repost of a VOA story (byline Harun Maruf)
TEXTS['voa_2017_07_05_somalia_kismayo_joint_strike_kenya_pandanguo'] = P(
    "Thirteen al-Shabab militants were killed in an apparent joint attack by U.S. and Somali government forces near Kismayo, a Somali official said Wednesday.",
    "The U.S. Africa Command released a statement Wednesday saying that “working from actionable intelligence,” American forces conducted “a successful collective self-defense strike operation against an al-Shabab troop cooperation” early Wednesday, Somali time.",
    "The statement said the units and assets involved would not be identified to ensure operational security.",
    "However, a Somali military source said U.S. helicopters carried Somali special forces to the site of the attack, about 500 kilometers south of Mogadishu, and fired on the militants during the battle.",
    "The deputy commander of Somalia’s national security agency in the Lower Jubba region, Ahmed Abdullahi Issa, said Somali forces launched the attack after learning that the militants were planning to attack their base.",
    "“They were about 100 militias who were gathering in a jungle area, and we targeted them,” he told journalists. “We foiled their attack. We killed 13 and wounded 10 others.”",
    "Authorities displayed the bodies of the dead militants Wednesday in Kismayo.",
    "Local security sources told VOA Somali that al-Shabab militants had attacked the Somali military base first but had been repelled. After driving back the militants, government forces called for reinforcements and attacked the militants’ hideout, sources said.",
    "A contingent of U.S. advisers based in Somalia has been helping to train Somali army troops.",
    "Meanwhile, at least two Kenyan police officers were killed and seven others were missing after an attack on a police outpost in Pandanguo, Lamu county, near Kenya’s border with Somalia.",
    "Al-Shabab militants claimed responsibility for the attack and said they had “overrun” the outpost.")

# tingroom.com print copy of a VOA News story (byline Benjamin Sand), August 2006; one paragraph as in the copy
TEXTS['voa_2006_08_01_afghanistan_helmand_british_patrol_ambush'] = (
    "NATO spokesman Mark Laity says the well-armed insurgents ambushed the British patrol Tuesday morning in northern Helmand Province. \"Insurgents attacked with rocket propelled grenades and machine gun fire, obviously we are all very sad at this tragic event,\" said Laity. The attack comes a day after NATO took over international security operations in the region, which is the Taleban's traditional stronghold. The western alliance has around 8,000 troops in six southern provinces. Britain has committed more than 4,000 soldiers to the international force. NATO officials say the operation is probably the alliance's toughest mission in its 57-year history. Previously, U.S. forces had command of the security operations. The U.S. troops now will focus on the hunt for terrorist organizations and will support the NATO operation. Attacks in the south have surged in recent weeks, including a series of suicide attacks and roadside bombs. Security experts say Taleban insurgents are targeting NATO forces to try to discourage the relatively untested troops. Spokesman Mark Laity says the alliance is obviously mourning Tuesday's loss of life but the latest attack has not diminished NATO's resolve. \"We knew the south was a challenging environment and sadly we saw evidence of that today but our mission is unchanged and our will is unchanged and we are going to carry on and do the job we set out to do,\" he said. This has been Afghanistan's bloodiest year since 2001, when U.S.-led forces ousted the hard-line Islamic Taleban government. The country's lawless southern provinces have been hardest hit by the violence this year. In the past four months alone, more than 800 people, mostly militants, have been killed.")

# geilien.cn transcript of the VOA News newscast of 3 July 2017 (English transcript only)
TEXTS['voa_2017_07_03_newscast_iraq_camp_damascus_bombings'] = P(
    "From Washington, this is VOA news. I'm Jonathan Smith reporting.",
    "A suicide bomber killed at least 14 people in Iraq Sunday at a camp for families internally displaced by fighting.",
    "Thirteen people were wounded in the attack on the camp which is west of Ramadi, the capital of Anbar province.",
    "There was no immediate claim of responsibility for the attack.",
    "Iraqi forces retook the cities of Ramadi and Fallujah from Islamic State terrorists, but the jihadist group retains control of western parts of Anbar province.",
    "Syrian state television is reporting that a suicide bomber in a car blew himself up in central Damascus Sunday, killing at least eight people and wounding 12 others.",
    "The Syrian Observatory for Human Rights says 12 people were killed.",
    "A fire at a Syrian refugee camp in [London's] Lebanon's Bekaa Valley Sunday killed at least one person. About a hundred tents were destroyed.",
    "More than a million Syrian refugees live in Lebanon, mostly in settlements in Bekaa near the Syria-Lebanon border.",
    "Iraqi troops were pushing deeper into Mosul's Old City in their attempt to recapture more positions from the Islamic State terrorist group.",
    "The area is a densely populated neighborhood west of the Tigris River, where ISIS militants are now making their last stand in what are expected to be the final days of the battle for Iraq's second largest city.",
    "A group of key American senators led by Senator John McCain visited Pakistan Sunday where they met top government and military officials to discuss bilateral ties, counterterrorism cooperation and efforts to promote peace and security in Afghanistan.",
    "This is VOA news.",
    "The World Health Organization says 1,500 people have died since April in the rapidly spreading cholera outbreak in Yemen. Almost a quarter million people have been affected.",
    "The WHO says about a quarter of those killed were children.")

# gandalf.ddo.jp transcript of the VOA News newscast of 6 August 2018; text ends before an Associated Press correspondent's report
TEXTS['voa_2018_08_06_newscast_somalia_bombings_afghanistan_patrol'] = P(
    "At least six people were killed and 13 others were wounded in two bombings in Somalia on Sunday.",
    "The deadliest explosion happened in the capital, Mogadishu, where four people were killed in a car bombing outside a coffee shop on the capital's busiest road. Officials believe the car was driven by a suicide bomber.",
    "Earlier in the day, two people were killed, four others wounded after a suicide car bomb exploded near a military vehicle in Afgoye. All of the victims were government soldiers.",
    "The al-Shabab militant group claimed responsibility for the attack.",
    "A Taliban suicide bomber killed three NATO forces on a foot patrol in eastern Afghanistan Sunday in an attack that also wounded an American soldier and two Afghan troops.")

# geilien.cn transcript of the VOA News newscast of 15 October 2017 (English transcript only)
TEXTS['voa_2017_10_15_newscast_mogadishu_car_bomb'] = P(
    "From Washington, this is VOA news. Hello, I'm Steve Miller.",
    "A huge car bomb exploded on a busy street in the Somalian capital of Mogadishu Saturday, killing at least 20 people and destroying several buildings. Conway G. Gittens reports.",
    "A fiery car bomb rocking the streets of Mogadishu Saturday, killing at least 20. The blast in the Somalian capital occurring in a busy street home to government office, hotels and restaurants.",
    "A Reuters eyewitness on the scene says the bomb was powerful enough to set dozens of vehicles on fire and destroyed several buildings in the area. Chaos ensuing the aftermath as soldiers fired indiscriminately and even journalists were attacked.",
    "No group claiming immediate responsibility but attacks like these have been carried out in the past by the Islamist group, al-Shabaab.",
    "The al-Qaeda-linked group is seeking to topple what is seen as a weak government in an effort to put strict Islamic rule in place.",
    "Reporter Conway G. Gittens.",
    "Iran's President, Hassan Rouhani, on Friday said that Iran will not renegotiate the nuclear deal following President Donald Trump's decision not to decertify it.",
    "Rouhani said that Iran is not a nation that will yield to forceful talking.",
    "Defying Trump, Rouhani said Tehran will double its efforts to expand the country's defense capabilities, including the country's ballistic missile program despite the U.S. pressure to suspend it.",
    "Army officials in Myanmar said they have reopened an internal probe into the behavior of Burmese troops in Rahkine State, where Myanmar military forces are accused of committing widespread atrocities. Thousands have fled into neighboring Bangladesh since August.",
    "It's not clear when the military will release its findings.",
    "This is VOA news.")

# geilien.cn transcript of the VOA News newscast of 12 December 2017 (English transcript only)
TEXTS['voa_2017_12_12_newscast_new_york_pipe_bomb_mogadishu_journalist'] = P(
    "From Washington, this is VOA news. I'm Jonathan Jones reporting.",
    "A would-be terrorist exploded a pipe bomb strapped to his chest in a pedestrian tunnel between two of New York City's busiest transportation hubs Monday.",
    "Twenty-seven-year-old Akayed Ullah, who came to the U.S. from Bangladesh, wounded himself and three [bystanders] bystanders, that is.",
    "This is New York City Mayor Bill de Blasio. \"Let's be clear, as New Yorkers, our lives revolve around the subways. When we hear of an attack in the subway, it's incredibly unsettling. And let's also be clear, this was an attempted terrorist attack.\"",
    "Police released pictures of the alleged bomber, lying on the ground in a fetal position. Some of his clothes were blown off and his stomach was blackened.",
    "Doctors say the injured bystanders suffered ringing in the ears and headaches.",
    "White House Press Secretary Sarah Huckabee Sanders said Monday's explosion is a sign that Congress must pass tighter restrictions for people who want to immigrate to the United States.",
    "An explosion in the Somali capital killed a television journalist late Monday, according to witnesses and security sources.",
    "VOA's Somali service was told by a security official that Mohamed Ibrahim Gabow was killed in an explosion from a device fitted to his car.",
    "Gabow was a news anchor for Kalsan TV, a satellite television channel watched in many parts of Somalia. A television manage at Kalsan TV said Gabow was traveling in his car in Mogadishu's Wadajir district when the explosion happened.",
    "He was said to be badly injured. He died soon after. The manage said, \"Gabow was one of our best journalists.\"",
    "This is VOA news.")

# hiiraan.com repost of a VOA story (byline Mohamed Dhaysane), 20 September 2022
TEXTS['voa_2022_09_20_somalia_hiran_offensive_villages'] = P(
    "MOGADISHU, SOMALIA — Somali army commanders say their forces killed more than 100 al-Shabab militants during weekend offensives to retake territory from the Islamist militant group. Witnesses say the troops also recaptured two villages that al-Shabab had held for more than a decade.",
    "The Somali National Army said Monday that troops launched a fresh offensive against al-Shabab in the central Hiran region over the weekend.",
    "Senior army commanders in Hiran who spoke to VOA via phone said that fierce firefights between the military and al-Shabab began early Saturday, especially in the villages of Aborey and Yasooman.",
    "They told VOA that 75 al-Shabab militants were killed in the fighting in Yasooman and 30 in the vicinity of Aborey.",
    "Local residents told VOA via WhatsApp that troops took control of both villages, which had been under al-Shabab control for more than a decade.",
    "Speaking to media at the frontline, Abdifatah Hassan Afrah, the former governor of Hiran, said troops are defeating “the enemy of Somali people,” referring to al-Shabab.",
    "He says our victories are bringing more victories, and it is coming one after the other. And their defeat will bring them more defeat. By the will of Allah (God), we are wishing that they will be cleared out of the country.",
    "Somalia’s information ministsaid Sunday that the army’s recent offensives have killed 200 al-Shabab fighters and “liberated” 30 villages from the group in all.",
    "Malik Abdalla is a member of the Somali federal parliament from Hiran. He told VOA via WhatsApp that the fighting in Hiran also involved local militias known as Macawisley.",
    "He said residents of the villages have had enough of al-Shabab.")

# kekenet.com transcript of a VOA News newscast of early January 2021 (first items)
TEXTS['voa_2021_01_02_newscast_mali_french_soldiers_niger'] = P(
    "Two French soldiers were killed Saturday when their vehicle hit an improvised explosive device in northeastern Mali, just days after three others died in similar fashion. The Office of French President Emmanuel Macron announced on Saturday that he had learned with great sadness of the deaths. One of the soldiers was the first female soldier sent to the region since the French operation began. According to the French army, the latest deaths bring 250 the number of French soldiers killed in Mali, since France first intervened militarily in January 2013. The goal of the intervention was to help drive back Islamic jihadists who had overrun parts of the country. Macron has since affirmed France’s determination to continue its role in what a statement calls the battle against terrorism.",
    "US Secretary of State Mike Pompeo said Saturday that American soldiers have suffered no deaths in Afghanistan in almost a year, he cited the Trump administration's initiative to promote peace in the conflicts torn nation. Washington in February concluded an agreement with the Taliban insurgency to close the 19-year-old Afghan war. It's the longest war in American history. The historic understanding started a phased withdrawal of American troops from the South Asian nation. The deal also opened first ever direct peace talks between the Taliban and the US-backed Afghan government in September to negotiate a political power sharing understanding to permanently end the war. US officials, however, have acknowledged a recent spike in fighting between Afghan security forces and Taliban insurgents that threatens the ongoing peace process. They've urged both Afghan adversaries to reduce hostilities and move quickly toward negotiated settlement.")

# https://www.voanews.com/a/somali-army-reports-killing-seven-shabab-militants/4214093.html
TEXTS['voa_2018_01_18_somalia_bar_sanguni_operation'] = P(
    "The Somalia national army killed at least seven al-Shabab militants Thursday and destroyed their base during an operation in southern Somalia, officials and residents said.",
    "Somali army General Ismail Sahardid, the 43rd Infantry Division commander, told VOA Somali that the forces took control of Bar-Sanguni town, 45 kilometers (28 miles) south of the coastal city of Kismayo.",
    "\"Our army launched a surprise attack on the militants' hideouts late Wednesday and continued pursing them since the early hours of Thursday,\" Sahardid said. \"During the operation we killed seven of the militants, including local leaders of al-Shabab's Amniyat unit, responsible for the group's intelligence.\"",
    "The general said that despite initial resistance, his forces destroyed several of the militants' bases and vehicles they have been using to transport fighters, and they recovered ammunition.",
    "\"We have inflicted heavy military losses on them and captured two of their vehicles mounted with anti-aircraft machine guns,\" Sahardid said.",
    "Bar-Sanguni residents who spoke to VOA Somali on condition of anonymity said they heard explosions as government soldiers engaged in a gunbattle with the militants for several hours early Thursday.",
    "\"It was around just before dawn Thursday morning when the Somali army entered the town. We first heard a fierce exchange of heavy gunfire and explosions,\" one resident said.",
    "\"As the day wore on, we saw government soldiers taking strategic positions in the town and searching the al-Shabab military bases, with seven dead bodies of the militants lying in the streets,\" another resident said.")
