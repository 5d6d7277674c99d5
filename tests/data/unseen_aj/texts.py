# -*- coding: utf-8 -*-
"""Body texts of set (aj). US federal government works only (public domain): Voice of America news items (from
voanews.com, VOA's pangea-cms preview host, voabangla.com, globalsecurity.org and verbatim reposts that credit VOA),
National Guard Bureau / Army News Service articles and a Department of Defense briefing excerpt, copied from the stored
copies of the pages (research search tool, corpus 'pages'). Page furniture (site headers, 'Accessibility links' /
'Breaking News', titles, 'update' flags, bylines, photo captions, video-player text, crossheads, the VOA News boilerplate
box, 'XS SM MD LG', 'Some information for this report was provided by ...' credit lines (recorded in meta.py), blog
and forum furniture) removed; wording, spelling and punctuation kept (source errors such as 'caputre', 'more than more
than', 'verses', 'Known as"Old Hickory"', 'informaton' are in the sources). Place datelines at the start of a lede are
kept. Paragraphs are joined by one blank line. Where the stored copy breaks off, the text ends at the last complete
sentence (text_complete false in meta.py)."""


def P(*paras):
    return "\n\n".join(paras)


TEXTS = {}

# https://www.voanews.com/a/twenty-two-soldiers-killed-in-al-shabab-attack/3310520.html
TEXTS['voa_2016_05_01_somalia_runirgood'] = P(
    "Militant group al-Shabab attacked and recaptured a town in Somalia’s Middle Shabelle region early Sunday morning, killing 22 Somali soldiers, an official told VOA on condition of anonymity.",
    "The militants claimed that they had killed more than 32 soldiers including a senior military officer in the town of Runirgood, a day after the town had fallen to government forces.",
    "The commander of Somalia's 12th sector, Mohamed Mohamud Sanay told VOA his soldiers were ambushed and eight of them were killed, while his forces killed 12 al-Shabab militants. The commander said a senior officer was wounded and is now missing.",
    "A Somali official who asked not to be named told VOA the death toll among soldiers was 22 and 10 others were missing and feared to be captured by the militants.",
    "Witnesses say the militants used a suicide car bomb in the assault and seized at least three military vehicles.",
    "The Somali commander Mohamed Mohamud Sanay said his forces managed to caputre Runirgood Saturday without the help from AMISOM, the African Union troops in Somalia.",
    "He said the plan was \"his forces take the town and AMISOM forces come with reinforcement”, but that reinforcement did not come.",
    "“AMISOM and the top Somali military commanders bear the responsibility for today’s failure, because there is lack of cooperation between the two forces,” he said.",
    "In 2011, AMISOM and Somali national Army forced al-Shabab out of areas south of Mogadishu, but the militants still control some rural areas and carry out deadly attacks in the capital and other areas in central and southern Somalia.",
)

# http://www.voanews.com/content/suicide-bomber-killsamericansafghanistan-30dec09--80361217/416805.html
TEXTS['voa_2009_12_30_afghanistan_chapman_kandahar'] = P(
    "A suicide bomber killed eight Americans at a U.S. base in eastern Afghanistan Wednesday, while another bomb killed four Canadian soldiers and a journalist in the south of the country.",
    "U.S. officials say a bomber detonated his explosive vest inside the Forward Operating Base Chapman in Khost province. The military said no U.S. or NATO troops were killed or wounded in the blast, but few other details about the incident were released.",
    "U.S. media reports quote unnamed officials who said the eight Americans killed were working for the CIA.",
    "Khost borders Pakistan's North Waziristan tribal region, where Taliban militants and their allies launch cross-border attacks.",
    "In a separate attack, the Canadian defense ministry says four Canadian soldiers and a Canadian journalist were killed Wednesday when their convoy hit a roadside bomb while on patrol just outside the southern city of Kandahar.",
    "The journalist was identified as 34-year-old Calgary Herald reporter Michelle Lang.  A Canadian civilian official was wounded in the blast.",
    "The Canadian newspaper says Lang is the first Canadian journalist to die in the Afghan war since Canada joined the international mission in 2002.",
    "In other news, a spokesman for international troops in Afghanistan says NATO so far has no direct evidence to back up Afghan government claims that foreign troops killed 10 civilians in eastern Afghanistan on Sunday.",
    "Colonel Wayne Shanks told reporters Wednesday that NATO has requested an immediate joint investigation into the incident.",
    "Afghan government investigators earlier concluded that foreign troops killed civilians - including school children - during Sunday's operation in the Narang district of Kunar province.",
    "NATO released a statement Wednesday saying its forces were targeting insurgents when troops came under fire.",
)

# https://www.voanews.com/english/news/a-13-2009-11-05-voa5.html
TEXTS['voa_2009_11_05_pakistan_waziristan_drone_bajaur'] = P(
    "A suspected U.S. drone missile attack has killed two people in Pakistan's North Waziristan tribal region that borders Afghanistan.",
    "Pakistani intelligence officials say the attack took place Thursday and targeted a house in a village north of the region's main town of Miran Shah.",
    "No other details were immediately available.",
    "In neighboring South Waziristan Wednesday, Pakistan's army said its forces reached key Taliban strongholds, as its offensive moves deeper into militant-held territory.",
    "The military said troops captured a \"major part\" of Sararogha and also entered Ladha, where \"intense fighting\" was taking place.",
    "A military statement said 30 militants were killed and eight troops wounded in South Waziristan.",
    "The army's casualty claims could not be independently verified because journalists and aid workers are not allowed in the battle zone.",
    "Meanwhile, India has strongly denied Pakistani allegations it is helping the Taliban and other insurgents Pakistan's military is battling in South Waziristan.",
    "Pakistani officials say their forces seized Indian-made guns, bombs and medicine in the region.",
    "Indian Foreign Secretary Nirumpama Rao said India wants a stable and peaceful Pakistan.",
    "In other violence Wednesday, officials in the Bajaur tribal agency said militants killed two female teachers in a roadside ambush.",
    "Taliban militants generally oppose education for girls and have carried out bombings, teacher killings and intimidation to keep girls out of schools.",
)

# https://www.voanews.com/a/praise-journalists-killed-afghanistan-taliban-attack/3364288.html
TEXTS['voa_2016_06_06_afghanistan_marjah_journalists'] = P(
    "Tributes poured in Monday for veteran journalists David Gilkey and Zabihullah Tammana, an American reporter and an Afghan translator reporter killed Sunday in Afghanistan when their vehicle came under Taliban rocket fire.",
    "Afghan President Ashraf Ghani, writing on Twitter, condemned the attack as \"cowardly,\" and described Tammana and Gilkey as journalists \"on the front line to report about the truth.\"",
    "The U.S. Embassy in Kabul and Gen. John Nicholson, commander of NATO's Allied Land Command, also offered condolences, along with U.S. Secretary of State John Kerry, who described the duo in a statement as \"intrepid journalists.\"",
    "Gilkey, Tammana and two Afghan soldiers were killed while riding in a vehicle that authorities say came under sustained Taliban fire just outside an army base in the Helmand provincial town of Marjah. The town and surrounding agricultural region are considered Taliban strongholds and the center of the country's opium poppy production.",
    "The 50-year-old Gilkey, on assignment for the U.S.-based National Public Radio, was an award-winning photographer and video editor. NPR described him as one of the first unescorted journalists to enter Afghanistan after the Sept. 11, 2001, terror attacks on the United States.",
    "He also covered the 2008-2009 conflict in the Gaza Strip between Israel and Hamas, known widely as the Gaza War, as well as the aftermath of the devastating earthquake that struck Haiti in early 2010.",
)

# https://webjosh.com/article/cameroon-decries-beheading-of-government-troops-by-suspected-separatists-1625234012-227065
TEXTS['voa_2021_07_02_cameroon_anglophone_beheadings'] = P(
    "There has been widespread condemnation in Cameroon of the killing and beheading of government troops and civilians, including an influential cleric, by suspected separatist fighters. Cameroonian officials say June was the bloodiest month of the year, with more than 40 people killed and 70 houses torched.",
    "Cameroon's military says it was involved in at least 30 heavy gun battles with separatists in June. A military spokesman said Anglophone rebels massacred several dozen civilians and tried to blame the military. The statement by Army Captain Cyrille Serge Atonfack Guemo also said three troops were killed and beheaded in Bamali, an English-speaking northwestern village two weeks ago. Atonfack said on Cameroon state radio, CRTV, that many army vehicles were destroyed but did not give details on how many troops were killed. Local media, such as Vision 4 TV and Canal 2 International, reported that at least 40 troops, separatist fighters and civilians were killed in Cameroon’s English-speaking North-West and South-West Regions in June. Deben Tchoffo, governor of Cameroon's North-West Region, says several civilians including a Muslim cleric were accused of collaborating with the military and beheaded. Tchoffo says many civilians were killed by homemade bombs that are increasingly used by separatist fighters. He says he has ordered the military to adopt different strategies to respond to new forms of separatist attacks, such as the use of improvised bombs that cause huge casualties among civilians and government troops. He says the military has been deployed to stop fighters. He says village chiefs, the clergy and militias created by civilians should assist the military by sharing information on possible separatist hideouts.",
)

# https://www.nationalguard.mil/News/Article-View/Article/631417/national-guard-bureau-leaders-visit-troops-in-kosovo
TEXTS['ng_2015_11_27_kosovo_kfor_town_hall'] = P(
    "CAMP BONDSTEEL, Kosovo - U.S. Service members supporting NATO's peacekeeping mission in Kosovo represent the military force that America needs today, said the chief of the National Guard Bureau during a visit Nov. 24 with troops stationed at Camp Bondsteel, Kosovo.",
    "U.S. Army Gen. Frank J. Grass and his senior enlisted adviser, U.S. Air Force Chief Master Sgt. Mitchell O. Brush, held a town hall meeting with more than 200 U.S. Soldiers during a Balkans visit that also included official meetings with Kosovo's president and defense minister.",
    "American and multinational Soldiers, who serve as part of NATO's Kosovo Force, or KFOR, mission, have earned the respect of Kosovo's senior officials through their professionalism and dedication to the mission, Grass said.",
    "\"Kosovo is a place that has been successful in bringing about peace,\" said Grass, emphasizing the importance of America's regional presence and engagement with its NATO partners.",
    "The U.S. troops represent one of 33 nations serving on KFOR's 20th rotation of forces since 1999, with a mission to ensure safety, security and freedom of movement for the people of Kosovo.",
    "A primarily reserve-component force of U.S. Soldiers make up KFOR's Multinational Battle Group-East, or MNBG-E, which is led by the North Carolina Army National Guard's 30th Armored Brigade Combat Team, or ABCT, headquarters. Known as\"Old Hickory\" and based out of Clinton, North Carolina, this is the 30th ABCT's third deployment since 9/11.",
)

# https://www.globalsecurity.org/military/library/news/2005/12/mil-051221-arnews03.htm
TEXTS['army_2005_12_21_kosovo_guard_birthday'] = P(
    "CAMP BONDSTEEL, Kosovo – Task Force Falcon Soldiers took a moment to recognize the 369th birthday of the National Guard with a traditional cake cutting ceremony, Dec. 13.",
    "The U.S. Kosovo Forces is run primarily by Army and Air National Guard troops from 26 states. Eighty-one National Guard units have members serving in the province where more than more than 1300 citizen-Soldiers are assigned.",
    "The 24/7 demands of deployment have been an opportunity for National Guardsmen to showcase their abilities.",
    "“The National Guard has more than stepped up to the plate,” said Col. Jacob VanGoor, chief of staff, Headquarters, Task Force Falcon. “We are doing every mission the active component is doing around the world today. Our units are going through the same validation training and then being deployed. Very often, these units are being formed by the states from multiple units; the first time these Soldiers work together or even see each other is at the mobilization station.",
    "“In the majority of cases, the leadership pulled these Soldiers together to create a cohesive team and deploy them for a successful rotation,” he said.",
    "“Both [Reserve and Active] components are held to the same standards,” said Command Sgt. Maj. Krista Griffith, Headquarters, Task Force Falcon. “With the diverse civilian backgrounds of citizen-Soldiers, we’re better suited for some missions than the active component.”",
    "The peacekeeping mission in the Balkans is run mostly by National Guardsmen from California. The KFOR 6B rotation is the first to have spent 12 months in the area, verses the six month tours of the previous rotations. The mission has also become very well suited for the citizen-Soldiers.",
)

# https://m.tingroom.com/index.php?aid=38788&mid=3
TEXTS['voa_2007_05_30_afghanistan_nangarhar_khost_raids'] = P(
    "U.S. and Afghan forces in Eastern Afghanistan have killed at least six suspected insurgents. Violent attacks are on the rise throughout much of Afghanistan, including areas previously considered relatively secure. From Islamabad, VOA correspondent Benjamin Sand reports.",
    "Fighting erupted early Wednesday in the mountains outside the city of Jalalabad in Nangarhar province.  U.S. military spokesman Major Chris Belcher says allied forces returned fire from local insurgents.",
    "\"Credible intelligence led the forces to the compound suspected of housing local Taleban fighters,\" he said.  \"As the combined force approached the compound, they took fire and quickly responded, returning fire.\"",
    "He says six men were killed, with four militants detained for questioning.",
    "In a separate operation Afghan and coalition forces in the neighboring Khost province arrested three suspected al-Qaida militants during a raid Tuesday morning.",
    "Both provinces share a border with Pakistan's remote tribal region, where U.S. and Afghan officials say pro-Taleban and al-Qaida militants have established strategic bases.",
    "U.S.-led coalition forces have carried out a series of raids on suspected Taleban targets on the Afghan side of the border in recent weeks, trying to pre-empt a much-anticipated Taleban offensive.",
    "The operations appear to be working and so far there has been a limited increase in militant activity in the region.",
    "Elsewhere however, there is growing evidence that anti-government militants are on the move.",
    "Afghan officials say there has already been a rise in the number of indirect attacks on foreign and Afghan forces this year.",
)

# https://newsbuzzrealtime.blogspot.com/2013/07/voice-of-america-7-peacekeepers-killed_8976.html
TEXTS['voa_2013_07_13_sudan_darfur_unamid_ambush'] = P(
    "Seven United Nations peacekeepers were killed Saturday in Sudan's troubled Darfur region when gunmen ambushed their group. The assault marked the single deadliest attack on the joint African Union-U.N. peacekeeping force in its five-year history. The force, known as UNAMID, said the team came under heavy fire from a large unidentified group.",
)

# https://voa.pangea-cms.com/preview/en-US/a/nigeria-security-forces-rescue-students/6224489.html
TEXTS['voa_2021_09_13_nigeria_zamfara_kaya_students'] = P(
    "Nearly 70 students kidnapped in northern Nigeria two weeks ago are free, authorities said Monday.",
    "Zamfara state Governor Bello Matawalle said security forces freed the students from the Government Day Secondary School. He said no ransom was paid.",
    "Heavily armed gunmen kidnapped them on September 1, continuing a wave of similar attacks in Zamfara that prompted the state government to shut all schools.",
    "UNICEF said there have been 10 similar attacks in Nigeria over the past year, leading to 1,436 kidnappings and 16 deaths.",
    "In this incident, 73 students were initially taken, but five were rescued the day after the attack.",
    "\"Using some of the bandits that repented, we were able to know where they were keeping these children. We worked closely with them for about 10 days, and yesterday at about 2 a.m., the commissioner of police, alongside others, took off to the location where these children were rescued,\" Matawalle said.",
    "Authorities blame the abductions on bandits seeking ransom, but some are fearful the bandits are linked to the Islamist extremist group Boko Haram.",
)

# https://www.voanews.com/a/a-13-a-2002-08-22-11-hostages-67577617/388764.html
TEXTS['voa_2002_08_22_philippines_jolo_hostages'] = P(
    "Philippine military officials say Abu Sayyaf rebels have beheaded two of six captives who were abducted Tuesday on a remote southern island.",
    "The chief of operations for the Philippine Southern Command, Colonel Roland Detabali, told VOA that the six captives are members of the Jehovah's Witnesses religious sect. They appeared to be selling cosmetic products when gunmen seized them Tuesday near the town of Patikul on Jolo Island.",
    "Colonel Detabali says two of the hostages were found dead Thursday.",
    "\"This morning, there were two heads found by the people in Jolo town,\" he explained. \" So right now, there are four female kidnap victims still in the hands of the perpetrators.\"",
    "Colonel Detabali says military reinforcements have been sent to the area, but religious leaders are also trying to negotiate the peaceful release of the captives.",
    "The Abu Sayyaf, which has been linked to the al-Qaida terrorist network, says it wants an Islamic state in southern Philippines. The government says they are bandits who mainly kidnap for ransom.",
    "It is the first reported abduction by the Abu Sayyaf since joint U.S. and Philippine training exercises aimed at wiping out the rebels on neighboring Basilan Island ended three weeks ago.",
    "Colonel Detabali does not believe the latest violence represents a resurgence of Abu Sayyaf because, he says, the Philippine military has now switched its focus to rebel elements on Jolo Island and Sulu Province.",
    "\"It [the kidnapping] could be more of a diversionary effort on their part so that we ease the pressure on their other top leaders in western Sulu,\" he said.",
    "Abu Sayyaf rebels also are thought to be holding three Indonesian sailors who were kidnapped from a tugboat off Jolo Island two months ago.",
)

# http://sgt-jim.blogspot.com/2013/02/car-bomb-kills-5-soldiers-in-southern.html
TEXTS['voa_2013_02_10_thailand_yala_car_bomb'] = P(
    "Authorities in southern Thailand say suspected militants have killed five soldiers and wounded one other with a car bomb in the troubled province of Yala.",
    "Police say the bomb was detonated Sunday morning, as the troops passed by in their patrol vehicle. Two rubber plantation workers were also injured in the blast.",
    "Islamist separatists have been waging an insurgency in the Muslim-dominated provinces of Yala, Narathiwat and Pattani since 2004.",
    "More than 5,000 people have died in the fighting.",
)

# http://www.voanews.com/content/bomb-kills-8-wounds-4-in-southern-thailand/1691711.html
TEXTS['voa_2013_06_29_thailand_yala_roadside_bomb'] = P(
    "Military officials in southern Thailand say eight soldiers have been killed in a roadside bombing.",
    "Authorities say two soldiers and two civilians were wounded in the blast Saturday morning in the Muslim-majority Yala province.",
    "A military spokesman said the soldiers were returning home in a truck after finishing a patrol when a bomb destroyed the vehicle, killing the eight soldiers instantly.",
    "No group has taken responsibility, but rebel groups have carried out many similar attacks in the region.",
    "The insurgents are a shadowy group believed to want more autonomy for the south, but have no united, public face.",
    "Thailand is majority Buddhist, but its three southern border provinces with Malaysia - Pattani, Narathiwat and Yala - are 80 percent ethnic Malay Muslim.",
    "More than 100 years ago they formed an independent Malay sultanate, until Thailand seized the territory.",
    "A simmering resentment against Thai Buddhist rule exploded in 2004 in fighting that has left more than 5,000 people dead, most of them civilians.",
)

# https://www.nationalguard.mil/News/Article-View/Article/2081994/oregon-national-guard-prepares-for-peacekeeping-in-kosovo
TEXTS['ng_2020_02_12_oregon_guard_kfor_training'] = P(
    "FORT BLISS, Texas – Whether it’s blistering hot, freezing cold, or pouring rain, nothing is stopping the training of the 2nd Battalion, 162nd Infantry Regiment, 41st Infantry Brigade Combat Team, Oregon National Guard, as they prepare to assume peacekeeping duties with NATO’s Kosovo Force mission.",
    "The mission is very different than the training for combat most of the Guard Soldiers of this infantry battalion have experienced. First Army observer coach/trainers were with them every step of the way to evaluate their progress in this new dynamic.",
    "“It’s pretty exciting to me,” Sgt. Patrick Gunn, assistant to team lead for the liaison monitoring team, 2nd Battalion, 162nd Infantry Regiment. “This is the deployment I am definitely looking the most forward to. I’ve never done this before and I’m looking forward to the mission, working with foreign militaries, and being part of NATO.”",
    "The Kosovo Force, or KFOR, mission has existed since 1999. Set up after the end of NATO’s 78-day air campaign, which aimed to push Yugoslavian forces out of Kosovo, KFOR includes nearly 4,000 troops from 28 countries. KFOR is deployed in the Balkans to maintain a safe and secure environment, freedom of movement for people in Kosovo and to facilitate the Euro-Atlantic integration of the Western Balkans. The United Nations, the European Union and other international actors continue to support the development of a stable, democratic, multi-ethnic and peaceful Kosovo.",
)

# https://www.voanews.com/a/ethiopian-troops-join-au-force-in-somalia/1835401.html
TEXTS['voa_2014_01_22_somalia_ethiopian_troops_amisom'] = P(
    "Ethiopian troops have officially joined the African Union mission in Somalia known as AMISOM, giving a boost to the security force as it continues to battle against al-Shabab militants. Ethiopian soldiers have served a critical role securing areas in the west of the country, acting independent of the AU mission.",
    "After operating two years on their own to fight al-Shabab, more than 4,000 Ethiopian troops will now operate under the AMISOM mandate backed by the United Nations.",
    "AU force spokesman Colonel Ali Aden Humad told VOA that Ethiopia, with its experience in some parts of Somalia, will help AU troops take more ground from the insurgent group.",
    "“It is obvious if we have more troops and especially the Ethiopians are a bit familiar with the region, we will be moving forward easily and our priorities will be getting more areas and liberating more towns,” he said.",
    "Ethiopia is the sixth African country to contribute troops to the AU force in Somalia after Uganda, Burundi, Kenya, Djibouti and Sierra Leone. Ethiopia’s contribution takes the AU force to 22,000 troops.",
    "The militant group al-Shabab lost control of major cities in south and central Somalia in 2012 during a concerted military effort by African Union forces and Somali government troops. But al-Shabab continues to control parts of the countryside.",
    "The Ethiopian troops are expected to move into the Gedo, Bay and Bakool regions where al-Shabab has a strong presence and training bases.",
    "An Ethiopian operation in those three regions will let troops from Burundi and Uganda move into some parts of Lower and Middle Shabelle, used by al-Shabab to launch hit-and-run attacks in the capital Mogadishu.",
)

# https://voa.pangea-cms.com/preview/en-US/a/us-begins-pulling-troops-out-of-syria/4738495.html
TEXTS['voa_2019_01_11_syria_us_withdrawal_begins'] = P(
    "The U.S.-led coalition in Syria is beginning to remove troops from the country.",
    "The coalition \"has begun the process of our deliberate withdrawal from Syria,\" said Colonel Sean Ryan, a spokesman for the U.S. coalition fighting the Islamic State terror group. \"Out of concern for operational security, we will not discuss specific timelines, locations or troop movements.\"",
    "There are roughly 2,000 U.S. military personnel in Syria.",
    "The Syrian Observatory for Human Rights is reporting that the withdrawal began late Thursday, when about 10 armored vehicles and other equipment pulled out from a U.S. base in Rmeilan in Hassakeh province. The group also is reporting there were coalition reinforcements that arrived at different bases Thursday, which is consistent with what VOA has learned from a source.",
    "U.S. National Security Adviser John Bolton said on Friday in a radio interview that talks between the U.S. military and its Turkish counterparts regarding the Kurds fighting the Islamic State in Syria will continue next week in an effort to reach an agreement both countries accept. Earlier this week, Bolton's calls for the protection of the YPG Syrian Kurdish militia as a pre-condition to a U.S. troop withdrawal from Syria angered Turkish President Recep Tayyip Erdogan, causing the president to refuse to meet with the U.S. official.",
)

# https://deltadiscovery.com/alaska-national-guard-soldiers-deploy-to-poland-for-nato-sustainment-mission/
TEXTS['ng_2020_05_alaska_guard_poland_deployment'] = P(
    "More than 80 Soldiers assigned to the Alaska Army National Guard’s 297th Regional Support Group departed from Ted Steven International’s Kulis airfield on May 13 for a deployment to Poland in order to provide support for U.S. Army Europe’s Atlantic Resolve mission.",
    "Since April 2014, U.S. Army Europe has led the Department of Defense’s Atlantic Resolve land efforts by bringing units based in the U.S. to Europe for nine months at a time, according to U.S. Army Europe’s website.",
    "Atlantic Resolve provides these rotational units with the ability to build readiness, increase interoperability, and enhance the bond between ally and partner militaries through multinational training events.",
    "“This is going to be the first time our unit has supported an Army services component command for a geographic combatant commander,” said Alaska Army National Guard Col. Matthew Schell, commander of the 297th RSG. “When we are deployed, we will all learn how our job fits into an Army service component command and I think that our Soldiers will learn a lot about fine-tuning their leadership and professional skills in a joint environment.”",
    "There are three types of Atlantic Resolve rotations: armored, aviation or sustainment task force. These rotations are overseen by the U.S. Army’s 1st Infantry Division, a regionally aligned headquarters based in Poznan, Poland.",
)

# https://todaysnewsnewjersey.blogspot.com/2010/07/intense-search-for-two-us-soldiers.html
TEXTS['voa_2010_07_24_afghanistan_logar_missing_sailors'] = P(
    "NATO officials in Afghanistan say they are searching for two American sailors who disappeared from their compound in Kabul City.",
    "NATO said Saturday that the U.S. service members left the compound in a vehicle Friday and never returned.",
    "Afghan officials said Saturday the two sailors were seen driving an armored vehicle in the country’s eastern Logar province, which borders Kabul to the south. They said the sailors drove into the insurgent-controlled Charkh district.",
    "Taliban officials claimed Saturday to have captured two members of the U.S. military in that same area. Taliban officials also told reporters that one of them had been killed.",
    "Local radio stations were broadcasting offers from the United States to pay $20,000 for information leading to their release.",
    "Only one U.S. service member is known to have been captured by insurgents. Bowe Bergdahl disappeared June of last year after leaving his base in Paktika province with three Afghans. He has since appeared in videos posted on Taliban websites.",
    "Meanwhile, the United Nations Mission in Kabul tells VOA’s Afghan service that three Bangladeshi workers and their Afghan driver have been kidnapped in the country’s northern Samangan province.",
    "Civil Affairs Officer Reza Hassan said the Bangladeshis were working for a South Korean construction company and were driving to a construction site when they were attacked.",
    "Afghan officials blamed the incident on the Taliban but no one has claimed responsibility for the attack.",
)

# https://defence.pk/pdf/threads/taliban-overrun-afghan-base-capture-troops-as-us-nato-forces-exit.709628/
TEXTS['voa_2021_05_01_afghanistan_ghazni_base_logar_bomb'] = P(
    "ISLAMABAD - Taliban insurgents in Afghanistan attacked and overran a key army base in southeastern Ghazni province Saturday, capturing dozens of soldiers and killing several others.",
    "The latest attack came on a day when the United States and NATO partners formally began withdrawing their militaries from the country after almost 20 years of war.",
    "Two senior provincial council members told VOA the Afghan army had stationed dozens of its forces at the base outside the provincial capital, also named Ghazni, before the pre-dawn insurgent attack.",
    "Local media reports said the ensuing clashes had lasted several hours and killed at least 17 soldiers.",
    "Afghan army chief, Gen. Mohammad Yasin Zia, who is also the acting defense minister, confirmed to reporters in Kabul the fall of the security installation to insurgents, but he shared no further details.",
    "Taliban spokesman Zabihullah Mujahid said its fighters had also seized heavy and light weaponry besides capturing 25 army personnel and killing “a number of others.”",
    "Separately, Afghan officials Saturday raised the death toll to at least 30 from an overnight truck bombing in Pul-e-Alam, the capital of eastern Logar province. The powerful blast late Friday injured more than 100 others. Almost all the victims were said to be Afghan civilians. The Taliban did not comment on the attack but Afghan authorities blamed the insurgents for plotting the carnage.",
)

# https://www.voanews.com/a/at-least-5-civilians-killed-in-somalia-bombing/2442344.html
TEXTS['voa_2014_09_08_somalia_lower_shabelle_car_bombs'] = P(
    "Somali militant group al-Shabab has claimed responsibility for two suicide car bombings near Mogadishu that killed at least 14 people and wounded more than 30 others.",
    "The attacks Monday were the first claimed by al-Shabab since the death of the group's leader, Ahmed Godane, in a U.S. strike one week ago.",
    "Monday's bombings took place about 20 kilometers southwest of the capital, in the Lower Shabelle region, where Godane was killed on September 1.",
    "The first bomber targeted troops with the African Union force AMISOM, who were escorting the region's governor, Abdulkadir Mohamed Nur. Witnesses say a car filled with explosives rammed an AMISOM vehicle, sparking a heavy explosion that hit two civilian passenger buses that were passing by.",
    "Nur told VOA's Somali Service that 14 civilians were killed, and two AU troops were wounded.",
    "Later, a second car bomber targeted Somali security forces on their way to the scene of the first blast. A least six people were wounded, among them a senior intelligence official, Abdifatah Shaweye.",
    "Somali officials had put the country on high alert after Godane's death was confirmed Friday. Somali security minister Khalif Ahmed Ereg has said the al-Qaida-linked militants may be planning retaliatory attacks against government facilities.",
    "Al-Shabab has named Abu Ubeid Ahmed Omar as its new leader.",
)

# https://primarynewssource.org/sourcedocument/background-briefing-on-dod-actions-responding-to-president-trumps-executive-order-on-securing-our-border/
TEXTS['dod_2025_01_23_southern_border_background_briefing'] = P(
    "Yesterday, the acting secretary of defense authorized us to deploy about 1,500 service members to support and work together with Customs and Border Protection down in San Diego and El Paso. That includes 1,000 Army personnel, including a battalion headquarters; 500 Marines, these had been operating or on call and ready, to operate in support of the California wildfires, but they were released from that mission and now are being reassigned for duty at the southwest border. These forces will work on the emplacement of physical barriers and other border missions.",
)

# https://www.voanews.com/a/a-13-2006-04-01-voa18/324803.html
TEXTS['voa_2006_04_01_afghanistan_kunar_kandahar_takhar'] = P(
    "Separate attacks in Afghanistan have wounded five U.S. soldiers and left a local government official dead.",
    "The soldiers were wounded Saturday when their armored vehicle was hit by a bomb in eastern Kunar province. Coalition forces responded with small arms fire.",
    "In a separate attack, a suicide bomber targeted Afghan and coalition forces in Kandahar province. None of the troops was reported killed or wounded. However, security forces shot and killed a suspected accomplice to the attack.",
    "A purported Taleban spokesman claimed responsibility for the two bombings.",
    "In northern Tahhar province, Afghan officials say unidentified gunmen killed a local government official.",
    "They say Sayed Sadeq was killed by men who broke into his house early Saturday. Sadeq was the speaker of the Tahhar provincial assembly.",
)

# https://www.globalsecurity.org/military/library/news/2007/06/mil-070608-voa01.htm
TEXTS['voa_2007_06_08_iraq_diyala_police_chief_qurna_dakok'] = P(
    "Iraqi security officials say gunmen have kidnapped three children of a police chief in Diyala province and killed 14 people in an attack on his home.",
    "Officials say the police officer's wife, two brothers and 11 bodyguards were killed in the pre-dawn attack near the city of Baquba, north of Baghdad.",
    "Bomb attacks elsewhere in Iraq killed at least 34 people.",
    "In southern Iraq, two bomb blasts went off in quick succession, killing at least 16 people and wounding more than 30 in a market in the town of Qurna, about 60 kilometers north of Basra.",
    "In northern Iraq, a bomb attack killed at least 18 people and wounded at least 14 others outside a Shi'ite mosque in the town of Dakok near the city of Kirkuk.",
    "Separately, the U.S. military said coalition forces killed one terrorist and detained 12 suspects during raids in al-Anbar province.",
    "In other news, Shi'ite cleric Moqtada al-Sadr, who leads the powerful Mahdi Army militia, called on Arab states to help put an end to what he called the suffering of Iraqis.",
    "In an interview broadcast on Iraqi television Thursday, the radical cleric also repeated his call for U.S. troops to leave Iraq, and he rejected outside interference in Iraq, including from Iran.",
    "Last month, the United States urged Iran to stop its alleged support of militias in Iraq. The call was made during the first high-level talks between the U.S. and Iran in almost 30 years. Iran denies it is responsible for insurgent attacks in Iraq.",
)

# https://www.voabangla.com/a/a-16-2009-02-12-voa5-94460129/1399509.html
TEXTS['voa_2009_02_12_afghanistan_kabul_ministries_logar'] = P(
    "Taliban militants launched near-simultaneous attacks on three Afghan government buildings in Kabul Wednesday, killing at least 26 people and wounding nearly 60.",
    "Afghan officials say eight suicide attackers also died in the daytime assault after they tried to kill as many people as possible. Some blew themselves up, while others were killed by security guards.",
    "The assaults against the Justice Ministry, Education Ministry and the office of prisons came ahead of a visit to Kabul by the U.S. envoy for Pakistan and Afghanistan, Richard Holbrooke.",
    "Shortly after the attacks began, a Taliban spokesman (Zabiullah Mujaheed) called VOA and other news outlets, saying the suicide bombers were trying to kill the justice minister. He was not hurt.",
    "The United States and United Nations condemned the attacks.",
    "U.N. Secretary-General Ban Ki-moon condemned the attacks as a \"horrendous crime against civilians\" and \"a total disrespect of human rights.\"",
    "A U.S. Defense Department spokesman (Bryan Whitman) called the attacks \"somewhat bold, brazen and troubling.\"",
    "Interior Ministry officials said the attacks demonstrated a high degree of coordination, adding there are indications that some of the militants were foreigners.",
    "Afghanistan's security chief (Amrullah Saleh) said authorities are investigating the possibility militant groups in Pakistan are linked to the assault.",
    "Also Wednesday, in eastern Logar province, a French soldier and his Afghan interpreter were killed when gunmen set off explosives near their convoy and then opened fire on the troops.",
    "Military officials say another French soldier was seriously wounded in the attack.",
)

# https://voa.pangea-cms.com/preview/en-US/a/a-13-2005-01-14-voa32/293366.html
TEXTS['voa_2005_01_14_iraq_election_official_mosul'] = P(
    "Insurgents seeking to disrupt Iraq's national elections later this month have killed another election official, bringing to at least seven the number of election workers killed in recent weeks.",
    "Police say the election supervisor was shot as he left a Baghdad polling station Thursday.",
    "Also Thursday, three officials from a leading Kurdish political party were killed in an ambush in Mosul, and a U.S. soldier was killed and three were wounded in a roadside bomb blast.",
    "Earlier Friday, a minibus full of civilians collided with a U.S. tank north of Baghdad, killing six Iraqis and injuring eight.",
    "And in a separate development, Iraqi and U.S. officials say 28 prisoners from the Abu Ghraib prison near Baghdad escaped Thursday night while being transported to another facility. None of them are suspected insurgents.",
)

# https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-01-06-voa7-66763222/563777.html
TEXTS['voa_2007_01_06_iraq_baghdad_raid_basra_kidnapping'] = P(
    "The U.S. military in Iraq says coalition forces killed four terrorists and detained a fifth gunman during a raid early Saturday targeting sites in Baghdad used to make roadside bombs.",
    "A military statement says troops chased five armed men who fled the scene of the raid, and four were killed after refusing to surrender. A fifth gunman was found hiding in a ditch.",
    "Meanwhile, Iraqi authorities say Baghdad's police chief survived a car bomb attack on his motorcade in the capital Saturday. The blast killed one person and wounded six other people, including three police officers.",
    "In southern Iraq, authorities say they found the bodies of two Iraqi interpreters who were kidnapped Friday along with an American contractor near Basra. The unidentified contractor is still missing.",
    "A U.S. embassy spokesman in Baghdad Louis Fintor told VOA he could not confirm the abduction, but says embassy officials are investigating reports that an American citizen was kidnapped near Basra.",
)

# https://en.papua.us/2019/01/al-qaida-linked-jihadists-attack-un.html
TEXTS['voa_2019_01_20_mali_aguelhok_un_base'] = P(
    "Al-Qaida-linked jihadists attacked a United Nations peacekeeping base in Aguelhoc in northern Mali's Kidal region, killing at least eight peacekeepers, the U.N. mission in Mali said Sunday.",
    "\"The current toll is 8 blue helmets killed and several injured. The peacekeepers managed to neutralize some attackers and a prosecution was initiated against those who fled,\" said Myriam Dessables, spokeswoman for U.N mission in Mali.",
    "Many others were injured at the base that houses peacekeepers from Chad.",
    "Residents confirmed the Sunday morning assault saying that attackers came in motorcycles and cars.",
    "The peacekeeping mission in Mali is one of the U.N.'s deadliest.",
    "Mali is under threat from a number of extremist groups affiliated with al-Qaida and the Islamic State organization, and attacks have moved from the north to Central Mali.",
)

# https://www.voanews.com/a/a-13-2007-06-07-voa7-66716307/560190.html
TEXTS['voa_2007_06_07_iraq_rabia_sadr_city_roundup'] = P(
    "Iraqi security officials say a suicide car bomber has killed nine people and wounded 22 others at a police post in northwestern Iraq.",
    "Officials say four policemen were among those killed in Thursday's attack in the town of Rabia near the Syrian border, about 90 kilometers west of Mosul.",
    "In Baghdad, a car bomb killed four people near an Iraqi police checkpoint outside the mainly Shi'ite Sadr City neighborhood.",
    "West of the capital, the U.S. military says two suicide car bombers killed four Iraqis, including three soldiers, and damaged two mosques in Abu Ghraib.",
    "In the northern city of Mosul, gunmen killed a journalist working with the Aswat al-Iraq (Voices of Iraq) news agency.",
    "Britain's Defense Ministry says a British soldier was shot and killed while on patrol northwest of Basra.",
    "The U.S. military also announced Thursday that a roadside bomb killed an American soldier in Baghdad Wednesday. The military on Wednesday had announced the deaths of four other U.S. soldiers.",
    "In other developments, the U.S. military said coalition forces detained 16 suspects in Sadr City believed to be members of a network that moves explosives from Iran into Iraq, and sends militants to Iran.",
    "Near the western city of Fallujah and in Hit, coalition forces arrested 15 people during operations while targeting al-Qaida in Iraq. Another suspect believed involved in car bombings was arrested in a separate raid in Baghdad.",
)

# https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-06-02-voa6/348166.html
TEXTS['voa_2007_06_02_iraq_hit_raid_amiriya_fallujah'] = P(
    "Coalition Forces in Iraq say they have killed one terrorist and detained eight suspected terrorists, including an alleged senior leader of the al-Qaida in Iraq group.",
    "A military statement says one of the detainees captured Saturday during a raid in Hit is suspected to be a militant who works with high-level al-Qaida operatives in Anbar province.",
    "Meanwhile, Sunni gunmen and al-Qaida militants have engaged in several days of battles in the predominantly Sunni Amiriya neighborhood of Baghdad, resulting in numerous casualties.",
    "Residents say al-Qaida fighters began streaming into the area Wednesday, sparking street battles with Sunni fighters.",
    "In southwestern Baghdad Friday, Iraqi officials said a mortar attack killed at least 10 people and wounded 30 others.",
    "In the western city of Fallujah, the U.S. military said three children were killed and one insurgent was wounded when a coalition tank fired on three men planting a roadside bomb. The military is investigating the incident.",
)

# https://www.voanews.com/a/a-13-2006-10-07-voa5/314008.html
TEXTS['voa_2006_10_07_iraq_tal_afar_police_toll'] = P(
    "New violence in Iraq has killed at least 17 people, including eight who died when a suicide bomber hit a police checkpoint in the northern town of Tal Afar.",
    "Authorities say another six people were wounded in that suicide bombing Saturday. The deadly attack was among several across the war-torn country. Nine people were killed in and around Baghdad.",
    "A spokesman for the U.S. military, Major General Joseph Peterson, says 4,000 Iraqi police have been killed in action over the past two years, with another 8,000 wounded. Peterson oversees the coalition police training effort.",
    "In other news, the U.S. military says Iraqi and coalition soldiers captured 28 suspected terrorists in Baghdad this week, including three so-called \"high value\" targets. They were not identified.",
)

# https://www.voanews.com/a/a-13-2007-12-16-voa6-66701802/559213.html
TEXTS['voa_2007_12_16_iraq_adhamiya_baquba_poland'] = P(
    "The U.S. military says coalition forces in northern and central Iraq have killed four suspected militants and detained 18 others during a series of operations targeting al-Qaida since Friday.",
    "The military says coalition troops captured three suspected militants during one of the raids in Baghdad early Saturday. It says one detainee is believed to have been involved in extremist activity in the Arab Jabour area.",
    "The military also announced the death of an American soldier who was killed in an attack Friday in northern Ninevah province.",
    "Separately, Iraqi officials say two members of a security patrol group were killed and 10 others wounded in an explosion in Baghdad today. Officials say the blast struck the group's headquarters in the northern Adhamiya neighborhood.",
    "Elsewhere, officials in Baquba, north of Baghdad, say three policemen were killed today when they came under attack by small-arms fire.",
    "In the southern Doura neighborhood, Iraqi officials say gunmen wounded at least two security patrol members in a separate incident today.",
    "In other news, Polish Prime Minister Donald Tusk told reporters in Warsaw today the government is submitting a request to Poland's president to terminate the country's military mission in Iraq. He said he wants the last Polish troops out of Iraq by October 2008.",
    "Mr. Tusk said he plans to visit Iraq before the end of the month.",
)
