# -*- coding: utf-8 -*-
"""Body texts of set (ah). US federal government works only (public domain): Voice of America news items and
Learning English items (mostly via verbatim reposts on Chinese English-learning sites), and American Forces Press
Service (Department of Defense) news articles (via verbatim reposts), copied from the stored copies of the pages
(research search tool, corpus 'pages', about the first 2,000 characters of each page). Page furniture (site headers,
titles, bylines, date lines and datelines, photo captions, separator lines, crossheads, the repost sites' Chinese text,
vocabulary-note digits such as 'deployment2' or 'militant 1', 'Words in This Story' glossaries and related-article
lists) removed; wording, spelling and punctuation kept. Paragraphs are joined by one blank line, or by one newline where
the stored copy used single newlines. Where the stored copy breaks off, the text ends at the last complete sentence
(text_complete false in meta.py)."""


def P(*paras):
    return "\n\n".join(paras)


def N(*paras):
    return "\n".join(paras)


TEXTS = {}

# VOA News, February 2010: https://www.voanews.com/a/us-troops-among-killed-pakistan-blast-/111905.html
TEXTS['voa_2010_02_03_pakistan_lower_dir_convoy'] = P(
    "Three American soldiers were among eight people killed when a roadside bomb struck their convoy in northwestern Pakistan. Taliban militants are said to have claimed responsibility for the attack.",
    "Authorities say a security convoy carrying five American military personnel was the target of the attack in the Lower Dir District. The northwestern Pakistani region is a well-known former stronghold of the Taliban.",
    "U.S. and Pakistani officials say the American military personnel were part of a small unit training soldiers of the paramilitary force known as the Frontier Corps to better fight al-Qaida and Taliban militants.",
    "The victims were on their way to attend the opening ceremony of a school for girls that had been renovated with U.S humanitarian assistance.",
    "District police officer Mumtaz Zareen, tells VOA that militants detonated the bomb as soon as the convoy approached the school. He says the powerful explosion instantly killed three of the U.S. troops and a local soldier, while dozens of others were wounded.",
    "The police chief says the powerful explosion destroyed the school building and at least four female students were buried under the rubble. He says many others were wounded and taken to the nearby hospital.",
    "A U.S. embassy statement condemned the attack in Lower Dir, saying it \"clearly shows the vision of the terrorists.\"",
    "The northwestern Pakistani region borders the scenic Swat valley and several other districts where Taliban militants had set up their bases until early last year when a major military offensive largely cleared most of the areas.",
    "The United States is closely cooperating with Pakistan to train the Frontier Corps paramilitary force, which is playing a leading role in the fight against al-Qaida and Taliban militants in northwestern parts of the country bordering Afghanistan.")

# VOA News (Ayaz Gul), 04 October 2009, repost on yingyuke.net: https://www.yingyuke.net/a/254115.html
TEXTS['voa_2009_10_04_afghanistan_kamdesh_outposts'] = P(
    "A militant assault in an eastern border region of Afghanistan has left eight American and several Afghan soldiers dead. Taliban insurgents claimed responsibility for the violence, saying they have also captured several Afghan policemen in what is being described as the deadliest raid on coalition forces for more than a year.",
    "Afghan authorities say the attack took place in the eastern Nuristan province, which borders Pakistan and is a known heaven for al-Qaida as well as Taliban extremists.",
    "The fighting erupted early on Saturday after scores of heavily armed insurgents streaming from a local mosque and nearby village raided two remote coalition outposts in the Kamdesh district.",
    "Speaking to VOA, U.S Army Colonel Wayne Shanks confirmed eight American soldiers died in the fighting.",
    "\"This was a significant battle and fight that lasted most of the day. There was heavy fighting on both the sides,\" Shanks said. \"We used all the firepower that we had at our disposal to include close air support, attack helicopters. The men on the ground, both the Afghan and the U.S coalition, fought and kept the ground and they hold the ground right now.\"",
    "Coalition area commanders say the Afghan and U.S soldiers \"fought bravely together\" to repulse what they have described as \"a complex attack in a difficult area\". The military says it has inflicted heavy enemy casualties.",
    "Shanks says coalition forces are patrolling the area to discourage further militant attacks.",
    "A Taliban spokesman is reported to have claimed responsibility for the militant raid, saying they have also taken a large number of policemen in custody. But the claim could not be verified independent.",
    "This is the second-deadliest attack U.S-led coalition forces have suffered in the region in more than a year.")

# VOA News (Barry Newhouse), November 2008, repost on tingroom.com: https://tingroom.com./print_66361.html
TEXTS['voa_2008_11_01_afghanistan_kunar_raids'] = P(
    "The U.S. military in Afghanistan says troops conducting several raids targeting al-Qaida, Taliban and Haqqani militant networks have killed 19 fighters. VOA's Barry Newhouse reports from neighboring Pakistan that there are also news reports that the head of British special forces in Afghanistan has resigned after complaining of a lack of equipment.",
    "The U.S. military has been engaged in heavy fighting in eastern Afghanistan for months against groups of Afghan and Pakistani militants as well as foreign fighters.",
    "Lieutenant Commander Walter Matthews says one of Friday's raids targeted a compound of an al-Qaida leader.",
    "\"In Dara Noor District, coalition forces targeted a known al-Qaida leader, believed to facilitate the movement of foreign fighters and weapons into Kunar province,\" he said. \"The al-Qaida leader is also believed to be in contact with other militants in the region, coordinating attacks against coalition forces and innocent civilians.\"",
    "The military did not say if the leader was killed during the raid, but said troops killed one armed woman during the operation.",
    "Local officials say they are looking into reports that some civilians were killed during the operation.",
    "Other operations targeted the so-called Haqqani network, a group of militants led by Jalauddin Haqqani, a long-time Afghan guerrilla commander who U.S. officials have alleged has ties to al-Qaida militants and Pakistani intelligence agents.",
    "Meanwhile, a British newspaper says the head of the country's elite special forces in Afghanistan has abruptly resigned because of a lack of armored vehicles for his troops.")

# VOA News (Sabina Castelfranco), 14 March 2008, repost on tingroom.com: http://www.tingroom.com/voastandard/2008/3/55161.html
TEXTS['voa_2008_03_14_sudan_darfur_unamid_deployment'] = P(
    "Egyptian troops will begin arriving in Darfur in the next few days as the combined U.N. / African Union Peacekeeping force for Darfur (UNAMID) continues its deployment. U.N. officials say full deployment of the 26,000 strong force will take longer than many expected. For VOA, Sabina Castelfranco reports from Khartoum.",
    "U.N. officials are expecting Egyptian troops to start deploying in Darfur over the next few days and Ethiopian troops should follow after that. But in total, U.N. officials say, no more than 1,800 troops are expected in over the next couple of months and they say it is difficult to predict deployment of other troops beyond that.",
    "Spokesman Adrian Edwards says the ultimate goal is to reach 26,000 police and military forces deployed in Darfur and further 5,000 civilian staff. The full deployment will make it the biggest peace operation anywhere. Edwards says the difficulties posed by the environment will not make this deployment a speedy process.",
    "\"Just getting this thing operational itself is hugely challenging,\" he said. \"I think there is no time line at the moment but realistically we're talking throughout 2008 we'll see this mission being built up and possibly into 2009 if the resources are coming through slowly.\"",
    "The mission is two and half months old. Some 9,200 soldiers and police have already been deployed in addition to civilian personnel, that's less than a third of the total.")

# VOA News (Katy Migiro), 15 June 2007, repost on tingroom.com: http://www.tingroom.com/voastandard/2007/6/39454.html
TEXTS['voa_2007_06_15_somalia_burundi_au_battalion'] = P(
    "Burundi says it is ready to deploy troops as part of the African Union peacekeeping force in Somalia in July. Meanwhile, the U.S. government is giving $6 million in development aid to Somalia. Some of the money will be used to support the upcoming National Reconciliation Congress, which was delayed once again this week. Katy Migiro in Nairobi has more on the latest efforts to bring peace to war-torn somalia.",
    "Burundi's army spokesman Colonel Adolphe Manirakiza said it has been agreed that a battalion of Burundian peacekeepers will be airlifted to Somalia next month following a visit to Burundi by African Union officials.",
    "\"There was a mission of AU our country and they accept that we could send troops at the end of July,\" he said.",
    "Despite promises from numerous African countries, Uganda is the only one so far to have sent troops to Somalia to serve under the African Union Mission to Somalia.",
    "The United Nations Security Council approved the deployment of an African Union peacekeeping force for Somalia in February. It conceived a 8,000-strong force with a mandate to help stabilize Somalia, where insurgents are fighting Somali and Ethiopian government forces.",
    "Although Nigeria, Ghana and Malawi pledged troops, only 1,500 Ugandans have actually been deployed.")

# VOA News, September 2013, repost on tingroom.com: https://tingroom.com/voastandard/2013/9/229130.html
TEXTS['voa_2013_09_19_car_fomac_boost'] = P(
    "An African-led peacekeeping force in the Central Africa is due for a boost in numbers, as the international community weighs a response to the ongoing security crisis in the country.",
    "African soldiers on the ground in the Central African Republic are one of the last lines of defense against total chaos.",
    "The security situation here has rapidly deteriorated as the Seleka rebel movement that seized power in March has struggled to keep control over its soldiers.",
    "There are about 2,000 peacekeepers in the region as part of the Multinational Force of Central Africa (FOMAC), but the number of troops is expected to grow to more than 3,500 as part of a transition to a new force supported by the United Nations.",
    "\u201cFor the time being, it\u2019s very difficult for this country to have institutional forces that can be dedicated to ensuring the security of the population,\" said U.N. Special Representative Babacar Daye. \"It\u2019s why we are putting a lot of expectations on this African force.\u201d",
    "In August, Seleka forces raided the Boy Rabe neighborhood of the capital, looking for armed groups loyal to the former president. Relief workers say 10 people were killed during the operations here and in other parts of the city.",
    "It's been calmer in recent days, but people are still on edge.",
    "George Fakida runs this knife workshop in the neighborhood.")

# VOA News, January 2014, repost on m.tingroom.com: http://m.tingroom.com/?mid=3&aid=245280
TEXTS['voa_2014_01_28_car_eu_troops'] = P(
    "A contingent of about 500 European troops is being sent to assist French and African forces already stationed in the Central African Republic, which is in a state of unrest due largely to sectarian violence. The U.N. Security Council authorized the EU troop increase Tuesday.",
    "The Security Council resolution calling for the EU troop deployment to the Central African Republic, where African Union and French forces are struggling to contain worsening fighting, was unanimously approved.",
    "France co-sponsored the resolution.",
    "France's U.N. Ambassador, Gerard Araud, said the EU troops will take over for French forces protecting 100,000 internally displaced people who have sought refuge at the airport in the capital, Bangui.",
    "\"There is a very tense situation. We are starting, I think, to stabilize the situation, but it's still very fragile. So the European Union will protect these people, and it will allow the French forces to deploy more strongly through the city of Bangui... and beyond Bangui to the rest of the country,\" said Araud.",
    "U.N. Secretary-General Ban Ki-moon is due to report to the Security Council next month on options for a likely U.N. peacekeeping force.",
    "Araud said a U.N. peacekeeping operation is needed",
    "\"It's really quite a challenge because there is an incredible amount of resentment and hatred between the two communities, and we are in a sense between a rock and a hard place,\" said Araud.",
    "More than 1,000 people are feared killed since violence intensified in Bangui in early December. Much of the violence has involved mostly Muslim Seleka rebels and Christian militias known as anti-balaka.")

# VOA News (Margaret Besheer), 29 May 2008, repost on m.tingroom.com: https://m.tingroom.com/index.php?aid=58276&mid=3
TEXTS['voa_2008_05_29_un_peacekeeping_60_years'] = P(
    "A wreath was layed at U.N. headquarters Thursday to mark the 60th anniversary of its peacekeeping operations. The world body has more than 100,000 troops from more than 120 countries working to keep the peace in 20 conflict zones. From United Nation's headquarters in New York, VOA's Margaret Besheer has more.",
    "U.N. peacekeeping operations began in 1948 with the deployment of unarmed U.N. military observers in the Middle East to monitor the truce between Israel and its Arab neighbors.",
    "Since that first mission, peacekeepers wearing the distinctive blue helmet of the United Nations have conducted 63 other missions.",
    "In 1988, U.N. peacekeepers won the Nobel Peace Prize for their efforts.",
    "Jean-Marie Gu\u00e9henno, the U.N. chief of peacekeeping operations, says today his department is at its highest-ever levels of deployment.",
    "\"With 20 missions, 130,000 personnel authorized; 110,000 already deployed. That's enormous,\" he said.",
    "The importance of U.N. peacekeeping can be seen in its budget, which has risen to more than $6.5 billion this year for missions in countries such as Sudan, Chad, Georgia, Haiti and Lebanon.",
    "More than 40 percent of all peacekeepers come from Pakistan, Bangladesh, India, Nigeria and Nepal, while Japan and the United States are the largest financial contributors.",
    "But peacekeeping is dangerous work. Ninety peacekeepers lost their lives last year and more than 2,400 during the last six decades. On Wednesday, one more peacekeeper's name was added to that list, when a Ugandan peacekeeper was killed in the Darfur region of Sudan.")

# VOA News (Margaret Besheer), 02 September 2006, repost on yingyuke.net: https://yingyuke.net/a/214160.html
TEXTS['voa_2006_09_02_lebanon_italian_unifil_landing'] = P(
    "The first major deployment of international forces to monitor a ceasefire between Hezbollah militants and Israel began arriving in Lebanon Saturday. The Italian contingent will help keep the peace, but not try to disarm Hezbollah.",
    "They began arriving early Saturday by helicopter. By mid-afternoon, 10 amphibious vehicles had come ashore on a beachfront in Tyre, while other equipment was diverted further south to the port of Naqoura. A spokesman for the Italian troops said rough seas were slowing the landing operation, and by late afternoon, many of the peacekeepers were still aboard four ships in the Mediterranean.",
    "Conditions permitting, the Italians expect to have nearly 900 troops on the ground in south Lebanon by Sunday to enhance the expanded UNIFIL force here. An additional 1,500 Italian troops will be deployed in a second phase in the next few months.",
    "The Italians join 200 French military engineers, who arrived late last month to bolster the 2,000 strong UNIFIL force that has been in south Lebanon for more than two decades.",
    "U.N. Resolution 1701 authorized the expansion of the peacekeeping force to up to 15-thousand troops. UNIFIL spokesman Alexander Ivanov explains their mandate.",
    "\"Their mission is, a) to monitor the ceasefire; b) to provide support to humanitarian aid convoys and the civilian population; and, c) to support the Lebanese army in taking control of the borders and redeploying in south Lebanon after the Israeli Defense Forces withdraw from that area,\" he said.")

# VOA News (Alisha Ryu), 02 May 2007, repost on tingroom.com: http://www.tingroom.com/voastandard/2007/5/38391.html
TEXTS['voa_2007_05_02_somalia_ugandan_au_mogadishu'] = P(
    "In the Somali capital, Mogadishu, several days of calm have allowed some African Union peacekeepers from Uganda to move out of their barracks for the first time since their arrival in March. From Mogadishu, VOA Correspondent Alisha Ryu has this report.",
    "African Union troops in white armored personnel carriers rumbled through neighborhoods near the Mogadishu Airport Wednesday morning, giving many Somalis their first glimpse of the 1,400 Ugandan peacekeepers.",
    "Some of the peacekeepers were reported sent to the outskirts of the city to protect campsites of tens of thousands of Somalis displaced during three months of vicious fighting between Somali insurgents and Ethiopian troops, who are backing the transitional government.",
    "Other peacekeepers remained on stand-by inside a dilapidated compound in a strategic area of Mogadishu, known as Kilometer Four.",
    "The troop commander in the area, Lieutenant Michael Okelokengo, tells VOA that because the peacekeepers are still assessing the security situation after clashes in Mogadishu ended five days ago, his men have not yet conducted extensive patrols in the city.",
    "\"At the moment, we do not go much into patrols because of the situation as it used to be,\" he said. We just do our observations and at times, small patrols.\"")

# VOA News (William Ide), 21 April 2007, repost on tingroom.com (print page): https://tingroom.com./print_38252.html
TEXTS['voa_2007_04_21_iraq_sadr_city_bus_kirkuk'] = N(
    "Violence continued in Iraq Saturday with a bus bomb exploding in Baghdad, and gunmen slaughtered a Kurdish family in northern Kirkuk. One U.S. soldier was killed and two others wounded by a roadside bomb. VOA's William Ide has more from Washington.",
    "Police say the bus bomb killed at least three people when it exploded in Baghdad's predominately Shi'ite district of Sadr City. The minibus that was used for the attack was gutted by flames and its windows shattered. Five others were injured in the attack. In Kirkuk, 250 kilometers north of Baghdad, authorities say unknown gunmen broke into a home and opened fire on a Kurdish family, killing an eight-year-old girl, her elder sister and parents. The U.S. military said an American soldier was killed and two others wounded when a roadside bomb struck their patrol southwest of Baghdad. Separately, coalition forces detained 13 suspected terrorists in raids in central Iraq on Saturday morning. Two of the individuals were found with grenades and military-style ammunition vests in their possession. The military says the men are suspected of having ties to al-Qaida in Iraq. Meanwhile, in a previously unannounced visit, Australia's Defense Minister Brandan Nelson met with Prime Minister Nouri al-Maliki (Saturday) in the Iraqi capital. In a statement, Iraqi officials said Mr. Maliki told Nelson that he believes the Baghdad security plan is going in the right direction, despite challenges. Nelson arrived one day after U.S. Defense Secretary Robert Gates concluded a two-day visit to Iraq. While in Baghdad, Gates warned that the U.S. military presence in Iraq is not open-ended, and he urged political factions to reconcile quickly and move forward. The trips by the two defense ministers come at a particularly violent time in Iraq.")

# VOA News, August 2009, repost on hxen.net: http://hxen.net/englishlistening/voaenglish/voastandardenglish/20090830/88223.html
TEXTS['voa_2009_08_30_iraq_sinjar_shirqat'] = N(
    "Two separate explosions in northern Iraq have killed at least 15 people and wounded 30 others Saturday, as the security situation across the country remains tense. Iraqi political leaders and ordinary citizens condemned the recent rise in violence.",
    "Bomb attacks in two northern Iraqi towns have caused more deaths and injuries Saturday, while the security situation across the country remains tense.",
    "Baghdad TV showed pools of blood and chunks of cinderblock from the explosion of a bomb in the Kurdish village of Sinjar, near Mosul. The same village was hit by a pair of suicide-bombers on August 13.",
    "Eyewitnesses say that Saturday's bomb attack struck a local market and that the casualties include many women and children. Members of the small Yazidi sect which live in the area were the apparent targets.",
    "A suicide car-bombing, earlier, killed five policeman and several civilians near an Iraqi police station in the town of Shirqat, close to Tikrit. At least a dozen people were also wounded.",
    "Iraqi Foreign Minister Hoshyar Zebari, who held a press conference with Iran's visiting foreign minister, condemned the recent upsurge in terrorism:",
    "He says that he condemns these acts [of terrorism] and deplores the [number of] victims of these criminal and terrorist attacks. The Iraqi people, he insists, will persist and overcome these attacks, and raise its [their] voice to show [and] proclaim that it [they] will not be silenced [by terrorism].",
    "Meanwhile, in Baghdad, several dozen demonstrators carried signs and chanted \"down with terrorism,\" according to Al Baghdadia TV. One demonstrator complained that the Iraqi government was \"not doing enough to protect its citizens.\"")

# VOA Learning English (As It Is), 2016-07-04, repost on yingyuke.net: https://yingyuke.net/a/153936.html
TEXTS['voa_le_2016_07_04_iraq_baghdad_karrada_shaab'] = P(
    "Bombings in Baghdad early Sunday killed at least 124 people and wounded at least 180 others.",
    "A suicide truck bombing happened shortly after midnight at a busy shopping area in the Karrada district. At least 119 people died and 170 were wounded. It was the deadliest attack in the Iraqi capital this year.",
    "The Islamic State terrorist group claimed responsibility for the attack. It said it had targeted Shi\u2019ite Muslims, which it considers heretics.",
    "The bombing happened after sundown, when many people were in the streets after a day of fasting. Many Muslims go to shopping areas before the holiday marking the end of the Muslim holy month of Ramadan.",
    "A second attack took place in the northern Shaab area of Baghdad. At least five people were killed and 16 were wounded when a bomb exploded. No one has claimed responsibility for the attack.",
    "Iraqi Prime Minister Haider al-Abadi visited the site of the bombing hours after the attack.",
    "The attacks on Sunday took place about a week after Iraqi forces forced Islamic State militants out of Fallujah, which is 50 kilometers west of Baghdad.")

# VOA News (Suzanne Presto), June 2008, repost on m.tingroom.com: https://m.tingroom.com/index.php?aid=59578&mid=3
TEXTS['voa_2008_06_24_iraq_sadr_city_council_bomb'] = N(
    "U.S. and Iraqi officials say a bomb has exploded inside a local council building in Baghdad's Sadr City district, killing 10 people, including four Americans. VOA's Suzanne Presto reports on the attack from the northern city of Irbil.",
    "A U.S. military spokesman for the Baghdad area, Lieutenant Colonel Steve Stover, says it appears that a bomb was planted inside the District Advisory Council building in a southern neighborhood of Sadr City.",
    "Lieutenant Colonel Stover tells VOA that two U.S. soldiers and two civilians who served alongside Coalition forces were killed in the attack. He says one Coalition soldier and three members of the local advisory council were also wounded.",
    "The military says the explosion occurred during the fourth meeting of the Iraqi-led district council.",
    "\"We believe that the target was not only the American soldiers themselves, but that there was a high ranking, what we call a DAC, but which means district advisory council member who was the target of the attack. He had been helping coalition force soldiers to improve the quality of life for his own residents,\" he said.",
    "Lieutenant Colonel Stover says the high ranking council member was not among those killed.",
    "Lieutenant Colonel Stover says coalition forces caught one suspect fleeing the scene on a motorbike, and two others were caught at the scene immediately after the blast. He says all three tested positive for explosive residue.",
    "Lieutenant Colonel Stover says the blast will not deter the military.")

# VOA News (Jim Randle), 22 January 2007, repost on tingroom.com (print page): http://tingroom.com./print_36725.html
TEXTS['voa_2007_01_22_iraq_baghdad_haraj_market'] = P(
    "Two car bombs in Baghdad have killed more than 88 people and wounded more than 160 others. VOA's Jim Randle reports from the Iraqi capital.",
    "The two car bombs exploded at nearly the same time, killing and wounding many.",
    "Some small arms fire broke out after the explosions, and ambulances wailed on their way to pick up the many injured.",
    "The bombs went off at mid-day, when the Haraj market was filled with traders selling used electronic goods, clothing, and medicines.",
    "North of Baghdad, a bomb killed at least 12 people in a market near Baquba.",
    "The bombings may be a sign of a renewed campaign of Sunni insurgent violence against Shi'ite targets.",
    "U.N. officials say sectarian violence killed an average of 94 Iraqis every day last year. In an effort to stop the carnage, the United States is sending an additional 20,000 troops to Iraq, with most of them slated to come here to Baghdad.",
    "More than 3,000 elite American troops from the 82nd Airborne Division arrived in the city during the past couple of days.",
    "The new strategy is controversial in the United States, and Mr. Bush is expected to discuss the Iraqi situation in his State of the Union speech Tuesday.",
    "In a newspaper interview with USA Today Mr. Bush said he will not set a timetable for withdrawing troops from Iraq, because that would allow insurgents to adjust their tactics.",
    "Insurgents showed new tactics on Saturday as they used uniforms and vehicles that closely resembled those used by U.S. officials and forces to bluff their way into a meeting 80 kilometers south of Baghdad and kill five U.S. soldiers.",
    "U.S. and Iraqi military officers reported the results of a separate battle Monday.")

# VOA News (David Lewis), 23 January 2006, repost on m.tingroom.com: https://m.tingroom.com/index.php?aid=30238&mid=3
TEXTS['voa_2006_01_23_drc_guatemalan_peacekeepers_lra'] = P(
    "Eight Guatemalan Special Forces soldiers serving with the United Nations were killed and another five wounded, during fighting in a remote corner of the Democratic Republic of Congo. The peacekeepers were carrying out operations against the notorious Ugandan Lord's Resistance Army, when they were attacked.",
    "The Guatemalan Special Forces soldiers were attacked while attempting to pinpoint the location of Lord's Resistance Army rebels. The group has committed atrocities in Uganda and its leadership is wanted by the International Criminal Court.",
    "A four-hour pitched battle ensued, with the United Nations sending in attack helicopters to fire rockets at the rebels. A spokesman for the U.N. mission confirmed they had killed at least 15 of the rebels. He added that most of the group of between 50 and 60 had been killed or wounded.",
    "The LRA has waged a 20-year war, terrorizing communities on both sides of Uganda's border with Sudan. But several hundred members of the rebel group crossed into the neighboring Congo late last year, prompting calls for action by Uganda's government.",
    "Eastern Congo is already home to a number of Congolese, Ugandan and Rwandan rebel groups, whose activities in the past been used as justification for military intervention by Kigali and Kampala.",
    "The United Nations said Vincent Otti, the LRA's deputy commander, had previously been in Congo, but it is not yet clear whether he was there when the fighting took place.")

# VOA News (Joe Bavier), 28 May 2007, repost on yingyuke.net: https://yingyuke.net/a/130488.html
TEXTS['voa_2007_05_28_drc_south_kivu_kanyola'] = P(
    "At least 17 people have been clubbed or hacked to death by suspected Rwandan rebels in Democratic Republic of Congo's eastern province of South Kivu. Congo's United Nations peacekeeping mission said the violence appears to be a reprisal for recent army operations in the area. Joe Bavier is in the capital, Kinshasa, and has more for VOA.",
    "The attacks, the worst in South Kivu in two years, took place late Saturday and early Sunday morning in three villages in Kanyola, an area some 50 kilometers west of the provincial capital Bukavu.",
    "Local civil society coordinator, Constantin Chahrondagwa, told VOA, soon after returning from the scene of the attacks, that villagers had already begun burying the bodies of the 17 people killed in the violence.",
    "All were murdered with machetes, axes, and clubs, he said. Among them were women and children.",
    "Another 23 people were being treated for injuries, some serious, at local medical facilities. Chahrondagwa said 13 people had been kidnapped by the attackers, and there were fears that some of the hostages had been executed.",
    "Congo's U.N. peacekeeping mission, known by its French acronym MONUC, said several letters had been left behind by what are believed to be members of the Democratic Forces for the Liberation of Rwanda, or FDLR, a Hutu-dominated Rwandan rebel group based in eastern Congo.",
    "They say the attacks were a reprisal for recent MONUC-supported operations carried out by the Congolese army aimed at chasing the FDLR from the area.",
    "The Congolese army has already deployed extra troops to the area in an attempt to track down the perpetrators of the violence, MONUC said. U.N. peacekeepers were on their way to the scene of the killings Monday morning.")

# VOA News (Ayaz Gul), January 2014: http://www.voanews.com/content/pakistan-says-waziristan-strikes-are-not-start-of-offensive/1835442.html
TEXTS['voa_2014_01_22_pakistan_north_waziristan_airstrikes'] = P(
    "Pakistan's military has released new details about airstrikes it launched Monday in North Waziristan amid fresh militant violence that has targeted the national anti-polio campaign.",
    "Pakistani warplanes are reported to have continued bombing suspected militant hideouts in the North Waziristan tribal district, a hub for local and foreign militants linked to al-Qaida.",
    "Military sources on Wednesday said that 33 Uzbekistan nationals and three Germans are among the militants killed in the airstrikes. They say that several terrorist commanders are among the dead.",
    "The fighting reportedly has caused civilian casualties and forced residents to flee. Independent accounts are difficult to obtain from Waziristan, though, because of a lack of access and weak communication links with the rest of the country.",
    "Army sources say the offensive is meant to punish those behind recent suicide bombings and other deadly terrorist attacks that mostly killed Pakistani troops.",
    "The United States and Pakistani critics have long demanded an offensive in North Waziristan because they believe it is a source of terrorist attacks in Pakistan and neighboring Afghanistan.",
    "However, Prime Minister Nawaz Sharif's government and the military dismiss reports that a full-scale offensive is underway. They describe the air strikes as a \u201csurgical\u201d operation.")

# VOA News, October 2009, repost on lingq.com (language-learning course): https://qa4.lingq.com/ja/オンラインで英語学習/courses/40198/pakistani-military-launches-ground-offe-62417
TEXTS['voa_2009_10_17_pakistan_south_waziristan_offensive'] = P(
    "Pakistani ground troops moved out of their bases in and around South Waziristan Saturday, hours after top military and political leaders met in the capital, Islamabad.",
    "Pakistan has experienced a wave of terror attacks, including suicide blasts targeting international and security organizations, coordinated attacks around the country's cultural center, Lahore, and an audacious assault on the army's headquarters near Islamabad. Some 175 people have died in the past two weeks. The government has blamed the Pakistani Taliban, which is based in South Waziristan, for the violence.",
    "Hours ahead of Saturday's offensive, Pakistani authorities imposed a curfew and turned off mobile phone service in some areas. Army officials say nearly 30,000 troops have been deployed to take on an estimated 10,000 Taliban fighters. In recent days, the military has launched several air and artillery strikes on suspected militant positions.",
    "Despite the military's superiority in numbers, former security chief of the tribal regions, Mahmood Shah, tells VOA it will not be an easy battle. \"This 30,000 against 10,000 is a conventional battle,\" he said. \"The militants do not fight conventional battles.\" He says he expects the military will face an enemy deeply entrenched in the mountainous and remote region. He also cautions that militants will likely launch suicide attacks elsewhere.",
    "This is not the first time the military has done an offensive in the tribal region. But those previous operations were not successful mainly because militants killed sympathetic tribal leaders and opposition political parties refused to offer their support.")

# VOA News, 12 December 2009: http://www.voanews.com/content/article-12dec09-pakistan-offensive-79121732/416364.html
TEXTS['voa_2009_12_12_pakistan_south_waziristan_gilani'] = P(
    "Pakistan's prime minister says the military's offensive in the northwestern tribal region of South Waziristan is ongoing and so far has been successful, with Taliban militant strongholds captured and a large quantity of weapons seized.",
    "Yousuf Raza Gilani backtracked on comments he made in Lahore earlier on Saturday, in which he said the military campaign was completed and troops could now shift their focus to the nearby Orakzai tribal region.",
    "The prime minister later told reporters in the eastern city of Karachi that the South Wazirstan offensive was continuing, and he could not give a timeframe on when it would end.",
    "Mr. Gilani said the government will chase militants if they take refuge in other places like Orakzai, where the Pakistani Taliban leadership is believed to have fled from South Waziristan.",
    "Pakistan's military says some 600 Taliban militants and 80 soldiers have been killed in the South Waziristan operation since it was launched two months ago.",
    "The United Nations says more than 40,000 civilians have fled Orakzai in the weeks since the offensive began.",
    "The operation also prompted a series of retaliatory bombings that have killed hundreds of people across the country.",
    "Meanwhile, U.S. officials have identified Saleh al-Somali as the senior al-Qaida operative they believe was killed in a drone attack in northwestern Pakistan on Tuesday.",
    "U.S. officials, who spoke on condition of anonymity, said they suspect al-Somali was responsible for planning terrorist attacks in the United States, Africa and Europe.  His death has not been confirmed.")

# VOA News (Meredith Buel), 23 November 2009, repost on yingyuke.net: https://yingyuke.net/a/164925.html
TEXTS['voa_2009_11_23_pakistan_south_waziristan_progress'] = P(
    "After five weeks of fierce fighting, the Pakistan military says it has made significant progress in an ongoing air and ground offensive against the Taliban and other insurgents in South Waziristan, along the border with Afghanistan. Analysts say top militant leaders appear to have melted away, but at the same time have unleashed a wave of suicide bombers to attack government and civilian targets in Pakistan.",
    "Pakistani military commanders say they have captured most major Taliban bases and towns in their offensive, called Operation Path to Deliverance in South Waziristan.",
    "Army soldiers have advanced more quickly than expected, killing hundreds of militants and capturing the high ground that encircles towns in this remote and sparsely populated region.",
    "Pakistani Army Brigadier Farrukh Jamal:",
    "\"They had occupied all these surrounding high peaks,\" said Brigadier Jamal. \"From these peaks they gave us a very tough resistance. There was very fierce fighting here. But thank God we managed to capture all these peaks, and we killed them here.\"",
    "Jamal says his men have cut the Taliban's supply lines and are now going after those hiding in forests and caves in this mountainous area.",
    "The soldiers displayed a large number of captured weapons, ammunition and vests used by suicide bombers.",
    "They also found militant propaganda, training materials, bomb making instructions, Pakistani passports, as well as DVD's and tapes with messages from al-Qaida terrorist leader Osama bin Laden.",
    "Analysts say the military learned from previous campaigns against the militants in a region where it has lost hundreds of soldiers in previous fighting.")

# DoD news article (American Forces Press Service style; credited 'Voice of America News' by the repost), January 2008,
# repost on defencetalk.com: https://defencetalk.com/marine-deployment-to-afghanistan-one-time-deal-official-says-14391
TEXTS['dod_2008_01_15_afghanistan_3200_marines'] = N(
    "The deployment of 3,200 U.S. Marines to Afghanistan this spring represents a one-time troop movement that partially fulfills a long-time request by NATO commanders for additional forces, a senior Pentagon spokesman said here today.",
    "The deployment \u201cdoes not reflect any new developments on the ground,\u201d Pentagon Press Secretary Geoff Morrell told reporters at a news conference. \u201cIt reflects our means and ability to meet what has been a long-standing desire of the commanders there.\u201d",
    "About 2,200 Marines from 24th Marine Expeditionary Unit, based at Camp Lejeune, N.C., and about 1,000 troops from 2nd Battalion, 7th Marine Regiment, based at the Marine Corps Air-Ground Combat Center, at Twentynine Palms, Calif., are participating in the deployment, according to officials at the Defense Department and Marine Headquarters here.",
    "The Marines will serve in Afghanistan for seven months, Morrell said, noting the temporary plus-up will boost the total number of U.S. forces in Afghanistan to about 30,000 from around 27,000 now.",
    "The deployment \u201cis for a very finite period of time,\u201d Morrell emphasized. \u201cWe\u2019ve made it clear. This is seven months. This is a one-time deal; that\u2019s it.\u201d Beyond that, \u201cwe\u2019re going to need our allies\u2019 help to either backfill this deployment or to perhaps match us in the numbers we\u2019re putting forth,\u201d Morrell said.",
    "Senior leaders of NATO\u2019s International Security Assistance Force in Afghanistan have said in the past that they require another 7,500 troops to confront Taliban insurgents and to help train new Afghan soldiers and police, Morrell said.",
    "Marines from 24th MEU should be in place in March to assist in NATO-led anti-insurgent operations in southern Afghanistan, Morrell said, while the 1,000 Marines from Twentynine Palms would be assigned to duty under American command sometime in April to assist in training Afghan security forces.")

# VOA News (Noel King), 02 September 2006, repost on tingroom.com (print page): http://www.tingroom.com/print_34242.html
TEXTS['voa_2006_09_02_sudan_north_darfur_um_sidir'] = P(
    "In Sudan's Darfur region, African Union officials and human rights observers say the government has begun shelling villages in volatile northern Darfur. The renewed violence follows reports of a government troop buildup in the region, sparking fears violence could escalate.",
    "An official with the African Union peacekeeping force, reached in the the Darfuri capital of El Fasher, said six villages have been attacked. The group Human Rights Watch has also reported bombing of rebel-held villages in north Darfur.",
    "A rebel commander in the Darfur region says several civilians have been killed and thousands more displaced.",
    "Commander Jar El Neby is a member of the National Redemption Front, an alliance of Darfur rebels that did not sign the May 5 Darfur Peace Agreement. He told VOA that he believes the Sudanese government is trying to expand its territory in the region.",
    "\"Since three days ago, they are in the area of Um Sidir,\" he said.  \"They have burned the village of Um Sidir, and kidnapped all the villages around Um Sifir area, and killed about five civilians yesterday in Um Sidir area. Until now, I hear the sound of Antonovs in this area. \"",
    "El Neby's group and another rebel faction have refused to sign on to the accord, saying it does not grant enough political power to Darfuris, nor enough compensation to victims of the three-year war.",
    "Last week, leading human rights group Amnesty International warned of a potential humanitarian catastrophe in Darfur, charging that Sudan had begun a troop buildup in the region.",
    "Sudan is under intense pressure to allow a United Nations force to take over peacekeeping operations in Darfur.",
    "The African Union force currently monitoring Darfur has struggled with a weak mandate and funding problems.")

# VOA News (Noel King), 03 October 2006, repost on tingroom.com: http://www.tingroom.com/voastandard/2006/10/34980.html
TEXTS['voa_2006_10_03_sudan_south_darfur_gereida'] = P(
    "The African Union mission in Sudan has reported a flare-up in violence in southern Darfur. The AU says the former rebel Sudan Liberation Movement (SLM) has begun attacking civilians in Gereida, following clashes between the SLM and another rebel group.",
    "The AU says at least 11 people have died during the fighting, which began late last week in Gereida town.  It borders a camp, also called Gereida, which is home to 130,000 displaced Darfuris.",
    "According to news reports, humanitarian workers have begun to flee Gereida, because of the violence.",
    "AU spokesman Noureddine Mezni tells VOA AU commanders reported Tuesday the SLM has begun attacking civilians in Gereida.",
    "\"The AU military group site in Gereida reported today that SLM combatants had driven most of the males out of Gereida,\" he said.  \"The SLM combatants were busy looting the properties of the men and raping the wives. The situation is very, very tense and we are very concerned about this situation.\"")

# VOA News (Noel King), 30 May 2006, repost on m.tingroom.com: https://m.tingroom.com/index.php?aid=33117&mid=3
TEXTS['voa_2006_05_30_sudan_darfur_nigerian_peacekeeper'] = P(
    "Tensions are running high in Darfur, one day before a deadline expires for two holdout rebel groups to sign a peace agreement. The African Union says it has witnessed increased violence against its troops in the region since May 5, when the Darfur Peace Agreement was completed.",
    "An A.U. spokesman says peacekeepers have been targeted by groups who seek to undermine the Darfur Peace Agreement, citing increased attacks in recent days.",
    "A Nigerian peacekeeper was killed in an ambush on Friday, and six others wounded. The same patrol was attacked again a day later.",
    "A.U. spokesman Nourredine Mezni told VOA from Khartoum that misinformation about the peace agreement has led to violent reprisals against A.U. troops, although the African Union is uncertain who the attackers are.",
    "\"There are some inciters from outside, from some parties, who are opposed to this peace agreement,\" said Mezni. \"That is why we have these attacks against our troops in Darfur, because the population look at the troops as a symbol of the Darfur Peace Agreement. The attacks against humanitarian workers, attacks against AMIS [African Mission in Sudan] troops, demonstrations, because there is misinformation on this agreement.\"",
    "Mezni says the African Union is launching a media campaign to urge Darfuris to support the peace deal.",
    "The underfunded African Union force has only about seven-thousand troops patrolling a remote area the size of France.")

# VOA News (Noel King), 10 December 2006, repost on tingroom.com: http://www.tingroom.com/voastandard/2006/12/36045.html
TEXTS['voa_2006_12_10_sudan_west_darfur_sirba'] = P(
    "Fighting is flaring across Sudan's embattled western Darfur region, the African Union warned Sunday. The AU reports at least 22 people have died in attacks by armed militias in west Darfur. The north Darfur capital of El Fasher is on high alert following militia attacks on Saturday. Noel King reports for VOA from Khartoum.",
    "At least 22 people have died in western Darfur, following an attack on a commercial vehicle by unidentified armed militias, the African Union said Sunday.",
    "An eight-member AU investigation team which traveled to Sirba village in west Darfur to inspect the site has been detained in a police station by village residents, the AU said. Sirba village is a stronghold of the rebel National Redemption Front, a coalition of rebel factions which have refused to sign on to the Darfur peace agreement.",
    "African Union spokesman Nourredine Mezni appealed for the release of the AU observers, who he said have been prevented from boarding their helicopter to leave the area.")

# VOA News (Lisa Schlein), 03 April 2007, repost on yingyuke.net: https://yingyuke.net/a/228606.html
TEXTS['voa_2007_04_03_chad_tiero_marena_janjaweed'] = P(
    "The U.N. refugee agency says Chadian military authorities report at least 65 people were killed in weekend attacks by Sudanese Janjaweed militia on villages in eastern Chad. Lisa Schlein reports for VOA from UNHCR headquarters in Geneva.",
    "The attacks took place in the villages of Tiero and Marena, about 45 kilometers east of Koukou in southeastern Chad. The U.N. refugee agency says it does not know how many people are now displaced.",
    "But, preliminary reports by the UNHCR and other humanitarian agencies indicate between 2,000 and 3,000 people have fled to the Goz Amir refugee camp near Koukou. The camp is home to more than 19,000 Sudanese refugees who have escaped fighting in Darfur.",
    "U.N. refugee agency spokesman Ron Redmond says the extent of the damage, deaths and injuries in the latest attacks is not yet known. But he says at least 65 people were killed in the village of Tiero and the death toll is expected to rise.",
    "\"The testimony, so far, from the victims indicates that the attack was led by \"Janjaweed\" militia who were repelled by local self-defense militias and some national army soldiers. There were several hours of combat reportedly. Refugees in the Goz Amir camp and residents of Koukou could hear the heavy weaponry and explosions during the fighting. The situation was reported to have been brought under control by Saturday afternoon, with the alleged Janjaweed militia fleeing in the direction of the Sudanese border,\" he said.",
    "Redmond says survivors have told aid workers that while some of the attackers were on horses and camels, others were in motor vehicles, many of them equipped with heavy weaponry.")

# VOA News, April 2009, repost on yingyuke.net: https://yingyuke.net/a/160038.html
TEXTS['voa_2009_04_09_drc_uvira_jail_attack'] = P(
    "As the U.N. Security Council prepared to discuss the situation in eastern Democratic Republic of Congo, gunmen attacked the town of Uvira, near the border with Burundi, and a human rights group criticized the Congolese military's actions in its campaign against a Rwandan militia in the region.",
    "In the early morning hours, gunmen attacked the city of Uvira, on Lake Tanganyika, near Congo's border with Burundi. The attackers raided a jail in the town, freeing nearly all of the more than 100 prisoners.",
    "Clashes with government forces left at least nine dead, including six attackers and two soldiers. The situation had reportedly returned to calm by the afternoon.",
    "The governor of South Kivu province, Louis Muderhwa, said the attackers belonged to different armed groups operating in the region.",
    "He said the attackers' objective appeared to be to free members of their groups from the prison in Uvira, and that members of the National Liberation Forces, a Burundian rebel group, were involved in the assault. He said that four Burundian citizens were captured.",
    "The U.N.-backed Radio Okapi also reported that members of the Democratic Forces for the Liberation of Rwanda, or FDLR, a Rwandan Hutu militia, were also involved in the attack.",
    "Congolese soldiers have been pursuing the FDLR since mid-January. The initial operation was led by Rwandan troops, who left the country at the end of February.",
    "On Thursday, as the U.N. Security Council was set to discuss the instability in eastern Congo, the New York-based organization Human Rights Watch said that both rebels and government soldiers have targeted civilians during the operation.",
    "Researcher Anneke Van Woudenberg spoke to VOA from London.")

# VOA Learning English, November 2018, repost on yingyuke.net: https://yingyuke.net/a/56336.html
TEXTS['voa_le_2018_11_05_cameroon_bamenda_students_kidnapped'] = P(
    "Militants have kidnapped at least 78 students from a Christian school in northwestern Cameroon. The governor of North West Region said the kidnappers also seized the school\u2019s leader.",
    "Separatists are fighting an armed campaign in the area as they seek to set up an independent state called Ambazonia.",
    "The Associated Press reported a video was posted on social media claiming to show some of the kidnapped children. Men calling themselves Amba Boys reportedly posted the video.",
    "Hundreds of people have been killed in English-speaking areas of Cameroon in the past year, as violence increased between armed separatists and the military. Government forces have fought separatists in Cameroon\u2019s North West and South West regions.",
    "The separatists have ordered curfews and closed down schools to protest President Paul Biya\u2019s French-speaking government. Tensions increased after Biya was easily reelected last month for a seventh term in office. Biya, who is 85, has ruled Cameroon for more than 35 years.",
    "The separatists say the Cameroonian government unfairly treats the country\u2019s English-speaking population. About 20 percent of Cameroon's 22 million people are English speaking.",
    "The AP said the video shows the kidnappers forcing several boys to say their names and the names of their parents. The children also say that armed men kidnapped them Sunday night and that they do not know where they are being held.",
    "Men who identified themselves as the kidnappers told the children of the conditions for their release. \u201cWe shall only release you after the struggle. You will be going to school now here,'' the men said on the video.",
    "The AP said it could not independently confirm that the video was made by the kidnappers. But it reported that some parents said on social media that they recognized their children in the video.")

# VOA Learning English (As It Is), 2016-03-28, repost on yingyuke.net: https://yingyuke.net/a/155220.html
TEXTS['voa_le_2016_03_28_cameroon_chibok_girl_bomber'] = P(
    "A girl who may have been planning a suicide bombing in Cameroon said she is one of the Chibok girls kidnapped in 2014.",
    "Cameroon officials received intelligence reports of three suicide bombers, all young women, crossing the Nigerian border into northern Cameroon.",
    "They arrested one of the girls before she could blow herself up. A second girl surrendered and the third ran back to Nigeria. The girl who surrendered said she was one of the Chibok girls.",
    "The 15-year-old girl looked tired and in need of food. She could not tell them more about her time in captivity or how she and the other girls were treated.",
    "In 2014, the terror group Boko Haram kidnapped 270 girls from a Nigerian school in Chibok. Experts believe they were taken to the Sambisa forest, an area the group controls.",
    "People around the world protested the kidnapping. An international campaign called \u201cBring Back Our Girls\u201d was launched. About 50 of the girls later escaped. Nigerian officials still do not know where the remaining Chibok girls are.",
    "Midjiyawa Bakari is the governor of the northern part of Cameroon. He asked investigators to find out if what the girls said is true.",
    "Bakari said the terrorist group has changed the way it operates. The group has been using teenaged girls to carry out suicide bombings in Cameroon and in Nigeria.")

# American Forces Press Service, 30 March 2010, repost on globaldefence.net:
# https://www.globaldefence.net/archiv/defence-news/afghanistan-combined-forces-kill-detain-militants/
TEXTS['afps_2010_03_30_afghanistan_combined_forces_kill_detain'] = P(
    "Afghan and international forces killed several militants and detained numerous suspected militants in recent operations, military officials reported. No Afghan civilians were harmed in the operations, officials said.",
    "\u2014 An Afghan-international security force detained several suspected insurgents for further questioning after searching a compound in north Kandahar city last night.",
    "\u2014 In Paktika province\u2019s Bermal district last night, several militants were killed when they threatened a combined Afghan-international security team. The combined force detained several additional militants and found automatic rifles and multiple rocket-propelled grenades at the compound.",
    "\u2014 In Wardak province\u2019s Sayyidabad district last night, an Afghan-international force captured a Taliban weapons facilitator accused of buying and selling large amounts of weapons, munitions and explosives for other militant networks. The security force also detained a few other suspected militants.",
    "\u2014 In Zabul province\u2019s Shinkai district last night, a combined force went to a rural area where intelligence information indicated militant activity. Two militants engaged the approaching force and were killed. During a follow-on search the combined force found radios, an automatic rifle, ammunition and a rocket launcher with multiple rounds.",
    "\u2014 In Farah province\u2019s Shewan district yesterday, an Afghan civilian turned in two 155 mm rounds and an improvised explosive device to a security force.")

# American Forces Press Service, 17 April 2009, verbatim repost on a blog of government releases:
# http://terrorism-online.blogspot.com/2009/04/us-afghan-forces-kill-eight-detain-five.html
TEXTS['afps_2009_04_17_afghanistan_kill_eight_detain_five'] = P(
    "Coalition and Afghan forces killed eight militants and detained five in recent operations throughout Afghanistan, U.S. military officials reported. In operations today:",
    "-- Afghan soldiers, assisted by coalition forces, killed two militants in Farah province's Khaki Safed district. The combined patrol came under machine-gun, small-arms and rocket-propelled grenade fire from five to seven militants. Shortly thereafter, 20 to 30 fighters joined in from established firing positions. The Afghan and coalition forces pursued the militants on foot. Most abandoned their fighting positions, but two were killed and several others were wounded as the combined elements cleared the area.",
    "-- In Kandahar province's Maywand district, U.S. and Afghan troops killed six enemy fighters and detained one in an operation targeting an alleged mid-level terrorist responsible for orchestrating attacks on U.S. forces. Afghan troops killed five of the insurgents in a field near the compound where the suspect was believed to be. The other insurgent was killed inside the complex after taking up arms and refusing to surrender. About 5 and a half pounds of opium was found and destroyed at the compound.",
    "-- In Nangarhar province, Afghan army commandos detained a suspected insurgent after receiving a tip from local villagers that the suspect was coordinating terrorist activities from his home.",
    "-- In Logar province's Baraki Barak district, U.S. and Afghan troops detained a suspected insurgent believed to be responsible for acquiring and developing bomb-making material for use against local residents and security forces.",
    "In Paktya province's Zormat district yesterday, Afghan commandos detained three suspected insurgents during a search of an alleged insurgent leader's home.")

# American Forces Press Service, 15 December 2011, repost on globaldefence.net:
# https://www.globaldefence.net/archiv/defence-news/combined-force-kills-1-insurgent-detains-2-suspects-111216/
TEXTS['afps_2011_12_15_afghanistan_kandahar_khost_nangarhar'] = P(
    "A combined Afghan and coalition security force killed one insurgent and detained two suspects during a search for a Taliban leader in the Panjwa\u2019i district of Afghanistan\u2019s Kandahar province today, military officials reported.",
    "The Taliban leader directs insurgent fighters and moves heavy weapons across the central part of the province.",
    "In other Afghanistan operations today:",
    "\u2014 A combined force detained three suspected insurgents and seized several assault rifles and a pistol while searching for a Haqqani leader in the Bak district of Khost province. The insurgent leader directs improvised explosive device attacks against Afghan forces.",
    "\u2014 In the Bati Kot district of Nangarhar province, a combined force captured a Taliban leader and detained several other suspects. The leader conducted roadside bomb attacks on convoys and fuel trucks.",
    "In yesterday\u2019s Afghanistan operations:",
    "\u2014 Combined forces discovered two weapons caches in the Kandahar district of Kandahar province. The first cache contained one rocket-propelled grenade launcher, six RPG rounds, three hand grenades, 1,000 rounds of small-arms ammunition and three bundles of detonation cord. The second cache contained 14 RPGs, five anti-personnel mines, one 107mm rocket, about 120 gallons of explosive material and improvised explosive device-making components.",
    "\u2014 A combined force seized a drug cache containing 1,000 pounds of hashish in the Zharay district of Kandahar province.",
    "\u2014 A combined patrol found a weapons cache containing 5,000 pounds of marijuana and 132 pounds of hashish in the Zurmat district of Paktiya province.")
