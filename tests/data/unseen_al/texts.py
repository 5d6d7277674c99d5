# -*- coding: utf-8 -*-
"""Body texts of set (al). US federal government works only (public domain): Voice of America news items
(voanews.com and VOA's own preview host voa.pangea-cms.com), American Forces Press Service / Department of Defense
news articles (defense.gov, globalsecurity.org and UNT web-archive copies, verbatim blog and forum reposts) and one
Multi-National Corps-Iraq press release (verbatim blog repost). Copied from the stored copies of the pages (research
search tool, corpus 'pages'). Page furniture (site headers, titles, 'update' flags, photo captions, date lines,
'XS SM MD LG' size switches, 'Some information for this report was provided by ...' credit lines, follow-us lines and
press-release numbers) removed; wording, spelling and punctuation kept. Paragraphs are joined by one blank line
(P), except the forum repost of 21 (single newlines, as in the copy, joined by L). Stray line breaks inside sentences
of the terrorism-online.blogspot.com reposts were joined with a space. Where the stored copy breaks off, the text ends
at the last complete sentence (text_complete false in meta.py)."""


def P(*paras):
    return "\n\n".join(paras)


def L(*lines):
    return "\n".join(lines)


TEXTS = {}

# 1 VOA News, 28 June 2003: http://www.voanews.com/a/a-13-a-2003-06-28-7-12/390208.html
TEXTS['voa_2003_06_28_kashmir_jammu_army_camp'] = P(
    '''In Indian Kashmir, suspected Islamic militants have killed 12 soldiers and wounded seven others in an attack on an army camp. The violence flared as Indian President A.P.J. Abdul Kalam wrapped up a visit to the region. Indian authorities say two suspected Muslim rebels scaled a wire fence, and infiltrated a sprawling army camp on the outskirts of Kashmir's winter capital, Jammu, early Saturday.''',
    '''The attackers hurled grenades, and fired automatic weapons on the troops, many of whom were sleeping. Police say the suspected rebels were killed in a gun battle with soldiers.''',
    '''It is the deadliest attack in Kashmir since Indian Prime Minister Atal Behari Vajpayee visited the region two months ago, and initiated a peace process with rival Pakistan.''',
    '''The troubled state has been relatively quiet in recent weeks. But there have been daily reports of violence since President Kalam began a tour of the region on Thursday.''',
    '''The attack on the army camp came hours before the president visited the famous Hazratbal mosque in Srinagar, and met troops on the front-line, where Indian and Pakistani soldiers face each other across the line of control that divides Kashmir between the two countries.''',
    '''During his visit to Kashmir, the president has prayed at both Hindu and Muslim shrines that peace return to the region. He has also praised the role of the police and soldiers in protecting the state, calling them the defenders of the valley.''',
    '''More than a dozen Islamic groups have been waging a separatist revolt in Kashmir since 1989. More than 35,000 people have been killed in the violence.''',
    '''India accuses Pakistan of fomenting the violence in the state by arming, funding and aiding separatist groups. Pakistan denies the charge. Both countries have recently said they are prepared for a dialogue to resolve their differences.''')

# 2 VOA News, 24 January 2004: https://www.voanews.com/a/a-13-a-2004-01-24-21-roadside-67326307/271465.html
TEXTS['voa_2004_01_24_iraq_fallujah_samarra'] = P(
    '''A roadside bomb near the central Iraqi town of Fallujah has killed two American soldiers. In a separate incident Saturday, a car bomb exploded in the city of Samarra, killing at least three Iraqis and injuring close to 40 other people, including seven U.S. soldiers who were wounded by flying glass.''',
    '''U.S. military officials say the soldiers were killed when a roadside bomb went off near their convoy north of Fallujah, which lies about 80 kilometers west of Baghdad.''',
    '''In a separate incident, a car bomb exploded in the city of Samarra, about 100 kilometers north of the capital. The bomb went off outside the town council building and near an American military police patrol that was turning into the central police station.''',
    '''According to U.S. military officials, the injured Americans were part of a civil affairs unit working inside the city council building at the time.''',
    '''Samarra and Fallujah are located in a particularly volatile region known as the Sunni Triangle. It's here that most of the deadly attacks against coalition forces and Iraqis cooperating with them have occurred.''')

# 3 VOA News, 19 March 2004: https://www.voanews.com/a/a-13-a-2004-03-19-6-more/292057.html
TEXTS['voa_2004_03_19_kosovo_nato_reinforcements'] = P(
    '''Reinforcements of NATO peacekeepers are arriving in Kosovo, but there is still sporadic violence and looting across the ethnically divided province. Ethnic Albanians have set Serb homes and churches on fire, and Serbian nationalists have retaliated by torching mosques. The violence started earlier this week in Mitrovice, when ethnic Albanians blamed Serbs for the drowning of two children.''',
    '''British soldiers forming part of NATO's peacekeeping contingent are being deployed at strategic points to help secure what has become a tentative calm.''',
    '''The pause in the violence came as NATO troops evacuated ethnic Serbs from their homes in the majority Albanian southern half of Kosovo. Behind them, their homes were torched and looted by crowds of Albanians, who burned what they could not carry away.''',
    '''In one village, just south of the ethnically divided northern town of Mitrovice, looters from Kosovo's mostly Muslim Albanian community dragged the pigs of local Serb farmers into a fire, burning them alive. Others hitched dogs belonging to Serbs to their cars, dragging them until they collapsed in the road.''',
    '''The displaced Serbs are now being sheltered in NATO military bases around Kosovo, in conditions the U.N. refugee agency said it viewed with extreme concern.''',
    '''In Mitrovice itself, where the current rash of violence broke out on Wednesday, NATO forces shot dead a man they said was a sniper. Serbs said the man was an Albanian who had been firing on Serbs for several hours.''',
    '''One other Serbian community, in the village of Caglavica near Kosovo's capital Pristina, was surrounded by a NATO ring of armored vehicles in an attempt to ward off attack. A U.N. spokesman said the people were afraid of what would happen when the NATO troops left.''',
    '''Otherwise, he said, the situation remained tense, but had generally calmed down since earlier in the week, when at least 30 people were killed in clashes.''')

# 4 VOA News, 30 October 2004: https://www.voanews.com/a/a-13-8-marines-killed-in-iraq-66870017/376594.html
TEXTS['voa_2004_10_30_iraq_anbar_marines_al_arabiya'] = P(
    '''In Iraq, the U.S. military says eight U.S. Marines were killed and nine wounded on Saturday. Also, seven people were killed and at least 16 wounded when a car bomb exploded outside the office of the Arabic television channel, al-Arabiyah, in Baghdad.''',
    '''A U.S. military statement says the Marines were killed and wounded in the Anbar province, west of Baghdad. The area includes the insurgent stronghold of Fallujah, where a major US offensive is being prepared.''',
    '''U.S. forces have stepped up air and ground attacks on insurgent positions in and around Fallujah.''',
    '''In Baghdad a few hours earlier, a powerful car bomb exploded outside the office of the Arabic satellite TV channel al-Arabiya, killing several staff members.''',
    '''The front of the building was destroyed, as well as dozens of cars along the street. According to al-Arabiya staff, the station has received threats in recent weeks.''',
    '''An unknown Islamist group took credit for the bombing in an Internet statement, saying it had had attacked what it called, "Americanized spies speaking in the Arabic tongue." The Saudi-owned satellite channel has often been criticized for its perceived pro-Western stance.''',
    '''Also on Saturday, civilian vehicles came under fire and at least a dozen people were reported killed in the central town of Haswa. There were conflicting accounts of the incident, and it was unclear whether the vehicles were caught in crossfire, or came under fire from Iraqi police and National Guards.''')

# 5 VOA News, 3 December 2004: https://voanews.com/a/a-13-2004-12-03-voa21/300259.html
TEXTS['voa_2004_12_03_kashmir_sopore_camp'] = P(
    '''At least five policemen have been killed in a militant attack on a security camp in Indian-controlled Kashmir.''',
    '''Local authorities say the attack occurred early Friday, in the border town of Sopore, about 50 kilometers north of Srinagar.''',
    '''Police say the militants hurled grenades and fired indiscriminately as they stormed the camp. It was not immediately clear how many rebels were involved in the attack.''',
    '''The Pakistan-based rebel group Al-Mansoorain claimed responsibility for the attack.''',
    '''Al-Mansoorain is one of more than a dozen Islamic militant groups fighting security forces in India's portion of Kashmir for the region's independence or for its merger with Pakistan.''')

# 6 VOA News, 9 January 2005: https://www.voanews.com/a/a-13-2005-01-09-voa13-67511627/283750.html
TEXTS['voa_2005_01_09_saudi_al_qaida_shootout'] = P(
    '''Saudi officials say police have tracked down four members of the al-Qaida terror network and killed them during a shootout northwest of the capital.''',
    '''The Interior Ministry says security forces surrounded the heavily armed men about 275 kilometers from Riyadh and opened fire after the fugitives refused to surrender and tried to flee. The ministry said three police were slightly wounded.''',
    '''The kingdom has been swept by a wave of violence against foreign workers and government installations since May of 2003. The Riyadh government has linked the attacks to a "deviant" group - a term used to describe al-Qaida terrorists and their sympathizers.''',
    '''More than 100 people, many of them foreign workers, have been killed and hundreds of others wounded in the attacks.''')

# 8 VOA News, 11 March 2006: https://www.voanews.com/a/a-13-2006-03-11-voa5/399575.html
TEXTS['voa_2006_03_11_pakistan_north_waziristan'] = P(
    '''Pakistani troops have killed at least 25 suspected militants, some of them thought to be foreigners, in an attack near the Afghan border. The so-called tribal area is where pro-Taleban militants from Afghanistan are thought to be hiding.''',
    '''The overnight raid is the latest in a series of clashes between government security forces and pro-Taleban militants in the North Waziristan tribal area.''',
    '''Military spokesman General Shaukat Sultan says the attack was launched late Friday after intelligence reports confirmed militants were hiding in a small compound near Miran Shah, the region's main town.''',
    '''"The militants were both foreigners and locals. So on that we knocked it (the compound) out and it was destroyed," he said.''',
    '''He said security forces killed dozens of militants and destroyed a huge cache of weapons and explosives.''',
    '''Local residents say the compound was owned by a cleric who is considered to be pro-Taleban, Maulvi Sadiq Noor.''',
    '''It remains unclear whether he was present during the attack.''',
    '''Security forces have been hunting Noor for his role in a recent attack on government buildings in Miran Shah.''',
    '''Hundreds of pro-Taleban militants tried to seize control of the town and one other nearby village last week, sparking an intense government counter attack throughout the area.''',
    '''Subsequent fighting has killed more than 100 militants and at least eight security troops while thousands of residents fled the area.''',
    '''It is the worst violence in the tribal regions in nearly two years, and is stoking concerns that the central government has lost control over key portions of the area.''',
    '''Afghan authorities claim Taleban insurgents are using the area for training camps and to launch attacks inside Afghanistan.''',
    '''Pakistani officials say they are doing everything they can to improve border security, including deploying 80,000 troops to the area.''')

# 9 VOA News, 1 March 2007 (VOA preview host): https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-03-01-voa7/331922.html
TEXTS['voa_2007_03_01_iraq_raids_fallujah_wedding'] = P(
    '''The U.S. military says coalition forces have killed three suspected terrorists and detained 16 suspects in operations in Iraq Thursday.''',
    '''The military says the raids targeted al-Qaida in Iraq and occurred west of Ramadi and south of Baghdad.''',
    '''In other news, a car bomb attack in Fallujah struck a convoy of guests of an Iraqi policeman's wedding, killing at least five people. In the Iraqi capital, a roadside bomb killed one person.''',
    '''The U.S. military also said Thursday that American and Iraqi troops killed 10 insurgents and detained five suspects Monday in Diyala province, northeast of Baghdad.''',
    '''The military says items found during the operation include 50 rocket-propelled grenades, bomb-making material, rockets and explosives.''',
    '''The military says troops in raids Monday and Tuesday in Baquba found a car bomb, TNT, propane tanks and other bomb-making material, as well as a complete mortar system and a recoilless rifle and 150 rounds.''',
    '''Iraq is to host a security conference next week in Baghdad that will include Iraq's neighbors and the five permanent members of the U.N. Security Council - the United States, Britain, France, Russia and China.''',
    '''The U.S. military also announced Thursday that a U.S. helicopter in northern Iraq made a "hard landing" that injured two pilots.''')

# 10 American Forces Press Service, 4 April 2008, verbatim repost: http://terrorism-online.blogspot.com/2008/04/coalition-troops-in-iraq-kill-two.html
TEXTS['afps_2008_04_04_iraq_kill_two_detain_16'] = P(
    '''Coalition forces in Iraq today killed two terrorists and detained 16 suspected extremists during operations targeting al Qaeda senior leaders and bomb networks, military officials reported.''',
    '''-- West of Samarra, coalition forces targeted an individual linked to a senior al Qaeda in Iraq terrorist. The wanted individual attempted to breach a security perimeter and was wounded by coalition small-arms fire. The individual later died of his wounds. Seven suspected terrorists were detained in the operation.''',
    '''-- In Sharqat, coalition forces killed one suspected terrorist and detained three other suspects. Coalition forces detained two more suspects during a second operation conducted further south.''',
    '''-- In Habbaniyah, coalition forces detained three suspected terrorists linked to a car-bombing network north of Baghdad. One suspect was injured during the operation, but he was treated and transported to a military medical facility.''',
    '''-- In Mosul, coalition forces detained a suspect who is linked to senior al Qaeda in Iraq leaders in the area.''',
    '''"Al Qaeda in Iraq is an extremist organization whose support is dwindling as more and more people turn their backs on the terrorists' indiscriminate violence and corrupt, Taliban-like ideology," said Navy Lt. David Russell, Multinational Force Iraq spokesman. "Iraqi and coalition forces will continue to dismantle the terrorist networks, increasing security and public safety for all Iraqis."''',
    '''During operations yesterday:''',
    '''-- East of Mahmudiyah, coalition forces killed three terrorists, including an alleged suicide bomber, during operations targeting a Baghdad region car-bombing network. Three men in the vehicle were killed, including the alleged suicide bomber.''',
    '''-- In Mosul, coalition forces detained one suspected terrorist.''')

# 11 Multi-National Corps-Iraq / MND-Baghdad press release, 13 March 2008, verbatim repost: https://aubreyj818.blogspot.com/2008/03/soldiers-detain-suspected-terrorists.html
TEXTS['mnci_2008_03_13_baghdad_svest_suspects'] = P(
    '''Baghdad Soldiers captured five suspects March 11th; four positively identified for their alleged involvement in a suicide vest attack that killed five U.S. Soldiers and their interpreter in central Baghdad March 10th.''',
    '''“Our resolve to protect the Iraqi people and to bring these murderers to justice is unwavering,” said Col. Allen Batschelet, chief of staff, MND-B. “We mourn the loss of our fellow Soldiers. We pray for their families and for those who were wounded in the attack.''',
    '''“Our Soldiers, all volunteers, are committed and, along with their families, sacrifice daily for the brighter future of the Iraqi people,” the colonel said.''',
    '''The detainees were taken to a Coalition force detention facility for further questioning.''',
    '''Three U.S. Soldiers and four Iraqi civilians were also injured in the blast.''')

# 12 VOA News, 7 May 2008: http://www.voanews.com/a/a-13-2008-05-07-voa25-66819042/256562.html
TEXTS['voa_2008_05_07_gaza_khan_younis_incursion'] = P(
    '''Palestinian medical officials say one militant has been killed and at least 14 other Palestinians have been wounded during an overnight incursion by Israeli forces in the southern Gaza Strip.''',
    '''Witnesses say the Palestinians were wounded after troops backed by at least 25 tanks and armed bulldozers and aircraft entered an area east of the town of Khan Younis.''',
    '''They say the militant, from the Islamic Jihad movement, was killed in an Israeli air strike targeting a house where several Palestinians were meeting. Witnesses say the Israeli air force carried out at least two air strikes on the area.''',
    '''Israeli forces regularly raid the Hamas-ruled Gaza Strip to stop Palestinian militants from firing rockets into southern Israel.''')

# 13 VOA News, 17 July 2008 (VOA preview host): https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-07-17-voa31-66672617/557952.html
TEXTS['voa_2008_07_17_afghanistan_herat_raid_wanat'] = P(
    '''U.S.-led coalition forces have killed 15 Taliban militants and freed 15 hostages during an operation in western Afghanistan.''',
    '''Military officials say two Taliban leaders were among those killed in Thursday's raid in Herat province. There are also reports that some civilians were killed or wounded in the operation.''',
    '''NATO also confirmed that it killed senior Taliban commander Bismullah Akhund in southern Afghanistan. Akhund is accused of supplying weapons and explosives that have killed Afghan and foreign forces in the area.''',
    '''Meanwhile, U.S. commanders in Afghanistan have requested more troops, as well as hundreds more "Mine Resistant Ambush Protected" vehicles, known as MRAPs.''',
    '''The vehicles have a V-shaped hull and protect U.S. personnel from the powerful blasts of roadside bombs - a major cause of combat deaths and injuries.''',
    '''On Wednesday, NATO said troops are still patrolling a volatile area in eastern Afghanistan near the Pakistani border, where militants attacked an outpost on Sunday.''',
    '''Nine U.S. troops were killed in the attack in the village of Wanat, on the border of Nuristan and Kunar provinces. It was one of the deadliest attacks on U.S. troops, since Taliban was ousted from power in 2001.''')

# 14 American Forces Press Service, 8 August 2008, verbatim repost: http://terrorism-online.blogspot.com/2008/08/coalition-afghan-forces-kill-enemy_08.html
TEXTS['afps_2008_08_08_afghanistan_giro_nahr_surkh'] = P(
    '''Coalition and Afghan forces killed enemy fighters and detained three suspected terrorists during operations yesterday in Afghanistan, military officials said. In Ghazni province's Giro district, coalition forces killed several enemy fighters and five non-combatants during an operation in search of Taliban fighters in the area. Coalition troops were engaged as they approached their target facility. The troops returned fire, killing the militants and eventually detaining three. The attack inadvertently led to four women and one child killed, officials said.''',
    '''Coalition and Afghan forces killed four militants in Helmand province's Nahr Surkh district. The joint forces engaged the militants with mortar fire after observing them emplace a roadside bomb. The bomb was destroyed during the engagement, officials said.''',
    '''Coalition and Afghan force found a weapons cache in Zabul province's Shajoy district. The cache contained rocket-propelled grenades, hand grenades, land mines, assault rifles with ammunition and bomb-making material, officials said.''')

# 15 VOA News, 12 October 2011: https://www.voanews.com/a/multiple-bombings-rip-through-baghdad-131577793/146515.html
TEXTS['voa_2011_10_12_iraq_baghdad_police_bombings'] = P(
    '''Iraqi officials say a series of bomb attacks that mostly targeted police have killed at least 25 people in Baghdad.''',
    '''Authorities say most of the deaths occurred in a suicide car bombing outside a police station in central Baghdad, and another in the northern district of Hurriyah.''',
    '''Officials say Wednesday's bomb attacks also left dozens of people injured.''',
    '''Another string of explosions in Baghdad on Monday killed at least 10 people.''',
    '''Violence in Iraq has fallen sharply since the height of sectarian fighting in 2006 and 2007, but bombings and shootings still occur regularly.''')

# 16 VOA News, February 2012 (VOA preview host): https://voa.pangea-cms.com/preview/en-US/a/suicide-attack-in-iraq-kills-15-139627573/152261.html
TEXTS['voa_2012_02_19_iraq_baghdad_police_academy'] = P(
    '''Iraqi security officials say a car bomb blast outside a police academy in Baghdad has killed at least 19 recruits and officers and wounded more than 26 in the deadliest attack for weeks in the capital.''',
    '''Police say a suicide bomber detonated his car as the recruits exited the compound's security barriers in northeastern Baghdad Sunday.''',
    '''Hospital officials say five police officers were among the dead. The rest were cadets. Iraqi police recruits have been attacked repeatedly as suicide bombers have infiltrated protection barriers and other checkpoints throughout the country.''',
    '''The bombing breaks a short period of relative calm that accompanied an easing of a political crisis pitting Shi'ite Prime Minister Nouri al-Maliki against senior members of the Sunni-backed Iraqiya bloc. Late last month, a suicide bomber detonated an explosives-packed vehicle near a Shi'ite funeral procession in Baghdad, killing at least 31 people.''',
    '''No one has claimed responsibility for Sunday's attack. Last week, Iraqi and U.S. officials said the Sunni Muslim extremist network al-Qaida - for whom suicide bombings are a favored tactic - remains a potent threat in Iraq.''')

# 17 VOA News, 14 March 2013: https://www.voanews.com/a/indian-kashmir-under-curfew/1621249.html
TEXTS['voa_2013_03_14_kashmir_srinagar_camp_attack'] = P(
    '''Authorities in Indian Kashmir have imposed a curfew after a militant attack killed five soldiers Wednesday in the region's main city, Srinagar.''',
    '''Troops patrolled the streets of Srinagar Thursday.''',
    '''Police said Wednesday that two militants opened fire on a paramilitary camp, killing five soldiers and wounding at least seven others.''',
    '''Authorities say the two attackers died in the assault. According to officials, they had approached the base by hiding their guns and grenades in sports bags as they mixed together with a group of local boys playing cricket. None of the nearby children were injured.''',
    '''Local media reports say the pro-Pakistan militant group Hizbul Mujahideen claimed responsibility. Indian officials also said they believed the attackers were from Pakistan -- a charge Islamabad strongly rejected.''',
    '''Organized militant attacks on Srinagar have been rare in recent years. But conditions in the Indian-controlled region have been tense since last month's execution of Afzal Guru, a Kashmiri separatist convicted for his role in the 2001 attack on India's parliament.''')

# 18 VOA News, 26 October 2014: https://www.voanews.com/a/lebanese-soldiers-battle-islamic-fighters-in-tripoli/2497088.html
TEXTS['voa_2014_10_26_lebanon_tripoli_clashes'] = P(
    '''Lebanese soldiers battled Islamist fighters in Tripoli.''',
    '''The government sent several tanks, armored personnel carriers and commandos into Lebanon's second largest city Sunday. Sporadic gunfire and explosions were heard throughout the Bab Tabbaneh neighborhood.''',
    '''The army said six of its soldiers were killed in the fighting in the northern port city, along with two civilians. The Reuters news agency said nine militants were also killed.''',
    '''The fighting broke out Friday, although the exact affiliation of the insurgents was not known.''',
    '''Politicians across Lebanon's deeply divided political field have condemned the violence, but by late Sunday there was no sign the fighting was coming to a close.''')

# 19 VOA News, 9 December 2014: https://www.voanews.com/a/suicide-attacks-kill-five-in-eastern-yemen-army-base/2551428.html
TEXTS['voa_2014_12_09_yemen_hadramout_soldiers'] = P(
    '''Al-Qaida is claiming two suicide car bombings on a military base in southern Yemen Tuesday that killed seven soldiers.''',
    '''The militant group ambushed another military facility in the same province of Hadramout late Monday, killing two other soldiers.''',
    '''The attacks come amid ongoing political turmoil in the country, which has seen several changes in leadership in recent months and a continuing battle against al-Qaida affiliates and Shi'ite Muslim rebels.''',
    '''On Saturday, at least 11 people were also killed in a failed U.S.-led operation to rescue two foreign hostages in Yemen.''',
    '''The men, an American journalist and a South African teacher, were shot by their captors and died during the mission.''')

# 20 VOA News, 31 January 2011 (VOA preview host): https://voa.pangea-cms.com/preview/en-US/a/article-3-killed-in-pakistan-suicide-attack-114922974/134279.html
TEXTS['voa_2011_01_31_pakistan_peshawar_police_bombings'] = P(
    '''Authorities say bombings targeting police in northwestern Pakistan have killed at least five people, including a senior police official.''',
    '''In the first attack, a suicide bomber struck a vehicle on the outskirts of Peshawar carrying Rasheed Khan, the deputy superintendent of police. Khan and three others were killed, while several others were injured.''',
    '''About three hours later, a police vehicle struck a roadside bomb in the area, killing a policeman and injuring three others.''',
    '''Peshawar, located near Pakistan's tribal area, has been repeatedly attacked by the Taliban.''')

# 21 American Forces Press Service, 28 January 2007, verbatim forum repost: https://freerepublic.com/focus/f-news/1775276/posts
TEXTS['afps_2007_01_28_iraq_karmah_baqubah'] = L(
    '''Coalition and Iraqi forces killed 14 terrorists and captured dozens of suspected insurgents during operations conducted in Iraq today and over the past week, officials said.''',
    '''-- Coalition troops nabbed 21 suspected terrorists, including a senior al Qaeda in Iraq courier, an improvised-explosive- device cell leader, and a foreign-fighter facilitator during operations across Iraq today.''',
    '''-- In Baghdad, coalition forces captured three individuals with ties to senior al Qaeda in Iraq leadership.''',
    '''-- During operations in Karmah, coalition troops captured 11 suspected terrorists, including a high-level al Qaeda courier who is a known associate of several senior al Qaeda in Iraq personnel. He also is known for assisting in the movement of senior al Qaeda agents in the region.''',
    '''-- Three suspected terrorists were detained in Ramadi, including the leader of an IED producing and emplacement cell.''',
    '''-- In Bayji, four suspects with ties to foreign fighters were detained.''',
    '''-- Coalition forces killed 14 terrorists, detained two suspected terrorists and destroyed a known foreign fighter safe house yesterday during a raid conducted south of Baqubah. Intelligence reports indicated that a foreign fighter facilitator responsible for conducting multiple attacks on Iraqi and coalition forces was operating in the area. Ground forces called for close air support resulting in 14 enemy fighters killed during the air strikes. The air strikes also destroyed the building to prevent it from further use as a terrorist safe haven.''',
    '''-- U.S. soldiers from the 759th Military Police Battalion and Iraqi police from Nahrawan Police Station found a large weapons cache during a joint patrol conducted in east Baghdad Jan. 26.''')

# 22 American Forces Press Service, 26 July 2007, verbatim repost: http://terrorism-online.blogspot.nl/2007/07/troops-detain-suspects-in-iraq-us.html
TEXTS['afps_2007_07_26_iraq_tarmiyah_soccer_attack'] = P(
    '''Iraqi and coalition forces netted 39 suspects in Iraq over the past two days, and military officials strongly condemned an attack that killed at least 50 Iraqi soccer celebrants in Baghdad. During two synchronized raids today near Tarmiyah, coalition forces captured a suspected al Qaeda in Iraq cell leader allegedly responsible for coordinating car-bomb attacks. Ground forces also destroyed a vehicle used to transport terrorist weapons and personnel and detained 18 other individuals allegedly linked to the car-bomb cell.''',
    '''Coalition forces also nabbed 11 suspects west of Taji today during a raid targeting a senior al Qaeda in Iraq figure. The detainee is suspected of coordinating car-bomb and suicide-bomb operations, as well as attacks on coalition forces.''',
    '''In Mosul today, coalition forces captured two suspects. One detainee, allegedly the primary weapons facilitator for al Qaeda in Iraq in the Mosul area, had risen in the network's ranks as coalition forces worked to dismantle terrorist leadership there. When troops captured the other suspect, they discovered fake documents and materials for counterfeiting identification.''',
    '''"Al Qaeda in Iraq is on the run and placing less qualified operatives into leadership positions to make up for vacancies left when coalition forces cripple their network," said Army Maj. Marc Young, a Multinational Force Iraq spokesman. "We will continue our operations to keep pressure on the terrorists and diminish their ability to attack the people of Iraq."''',
    '''Multinational Force Iraq officials have released a statement condemning attacks in Baghdad yesterday that killed at least 50 Iraqis as they celebrated a soccer victory that advances the nation to the Asian Cup final for the first time.''')

# 23 American Forces Press Service, 29 November 2007: https://www.globalsecurity.org/military/library/news/2007/11/mil-071129-afps01.htm
TEXTS['afps_2007_11_29_iraq_detain_12_khan_bani_said'] = P(
    '''Coalition forces detained 12 suspects during operations today targeting al Qaeda in central and northern Iraq.''',
    '''-- Coalition forces captured a wanted individual during operations in Tarmiyah while targeting a foreign terrorist facilitator and associate of senior al Qaeda leaders. They also detained two other suspects without incident.''',
    '''-- Coalition forces captured a wanted individual north of Samarra during operations targeting foreign terrorist facilitators and senior terrorist leader associates. The wanted individual is believed to be an al Qaeda leader in the area.''',
    '''-- Coalition forces detained four suspects while targeting al Qaeda members responsible for assassination-style murders in Hawija. Coalition forces also targeted their associates in Mosul, detaining three suspects without incident.''',
    '''-- Forces detained one suspect in Bayji while further targeting al Qaeda terrorists involved in kidnappings, money extortion and sectarian-related murders.''',
    '''"We're continuously attacking al Qaeda in Iraq to bring down the networks responsible for conducting attacks against the Iraqi people," said Army Col. Donald Bacon, a Multinational Force Iraq spokesman.''',
    '''In other operations today, coalition forces killed two armed men and detained five other suspected criminals during operations in the Khan Bani Said area, north of Baghdad.''',
    '''The targeted individual reportedly was a significant facilitator and trainer specializing in explosively formed penetrators within “special group” criminal elements in the Khan Bani Said area and Baghdad who have not honored Muqtada al-Sadr's pledge for a ceasefire. The suspected criminal also reportedly was an associate of several other senior-level criminal element leaders who were involved in attacks on coalition forces.''')

# 25 American Forces Press Service, 14 July 2008: https://www.globalsecurity.org/military/library/news/2008/07/mil-080714-afps02.htm
TEXTS['afps_2008_07_14_iraq_mosul_samarra_special_groups'] = P(
    '''Coalition forces in Iraq detained five suspected al-Qaida terrorists during operations in Mosul and the Tigris River Valley today, military officials said.''',
    '''In Mosul, coalition forces detained three suspects while pursuing al-Qaida operatives responsible for attacks on security forces. Coalition forces found weapons and grenades, which they safely disabled.''',
    '''North of Baghdad, coalition forces in Samarra detained two suspects while targeting al-Qaida in Iraq members who facilitate the movement of foreign terrorists into the country.''',
    '''Yesterday, Iraqi and U.S. soldiers seized weapons during operations throughout Baghdad. U.S. soldiers confiscated two roadside bombs designed to pierce armor-hulled vehicles in the New Baghdad district. Iraq soldiers seized two 81 mm mortar rounds and four propane storage tanks in the city’s West Rashid district.''',
    '''Military officials in Baghdad also provided details of several July 12 operations:''',
    '''Iraqi special weapons and tactics teams detained two suspected members of Iranian-backed “special groups” in separate operations in central Iraq.''',
    '''In Hillah, Iraqi SWAT personnel captured a suspected special groups member linked to weapons smuggling and attacks against Iraqi and coalition forces. The detainee also is linked to a June attack on the Hillah U.S. Regional Embassy Office.''',
    '''In Kut, Iraqi SWAT officers detained a suspected special groups leader on charges of terrorism. The suspect is said to be a member of a weapons-smuggling cell known for storing and distributing armor-piercing bombs, and he also is linked to attacks on U.S. and Iraqi security forces.''',
    '''Iraqi police and U.S. soldiers found two vehicle bombs and detained six suspects during an operation east of Balad.''',
    '''U.S. soldiers detained three terrorist suspects in eastern Baghdad.''')

# 26 American Forces Press Service, 27 September 2007, verbatim repost: http://terrorism-online.blogspot.com/2007/09/forces-detain-21-suspects-in-central.html
TEXTS['afps_2007_09_27_iraq_baghdad_samarra_bayji'] = P(
    '''Coalition forces have killed and detained many suspected terrorists during operations over the past two days in central and northern Iraq. Coalition forces killed one terrorist and detained two suspected Iraqi "special groups" members during an operation in northern Baghdad this morning. Coalition forces targeted an individual suspected of weapons facilitation throughout central Iraq. The suspect is believed to have direct communication with senior special groups members as well as ties to Iran's Islamic Revolutionary Guards Corps Quds Force. One terrorist was killed, and two suspected terrorists were detained during the operation.''',
    '''"We will continue to target any group with followers who commit hostile actions and oppose security and stability in Iraq," said Army Maj. Winfield Danielson, a Multinational Force Iraq spokesman. "Each time we capture one of these criminals, it brings us one step closer to a secure future for Iraq."''',
    '''In other operations over the past two days:''',
    '''-- Coalition forces operating south of Samarra today captured seven suspected terrorists, including an alleged foreign terrorist facilitator in the Salah Ad Din province who identified himself to the ground force. During the operation, an armed individual was wounded while attempting to evade capture. He was treated on site and transported to a military medical facility for further treatment.''',
    '''-- In an operation in Bayji, coalition forces captured a suspected associate to al Qaeda senior leaders believed to facilitate meetings in the Tigris River Valley. Based on intelligence reports, the suspect also is believed to be responsible for attacks on Iraqi security forces in the region. In addition to the targeted individual, four suspected terrorists were detained on site.''')
