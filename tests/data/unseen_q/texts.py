# -*- coding: utf-8 -*-
"""Body texts of set (q): Voice of America news items (voanews.com, VOA Learning English and VOA
correspondent items on learner-site mirrors) and US Department of Defense (American Forces Press Service)
articles (public domain, US federal government works), copied from the stored copies of the pages
(research search tool, corpus 'pages'). Page furniture (titles, 'Accessibility links', 'Breaking News',
photo captions, side boxes, learner-site headers, glossary markers, bylines and credit lines) removed;
wording, spelling, punctuation and quote characters kept. Paragraphs are joined by one blank line, except
the listeningexpress copy, whose single newlines are kept. Where the stored copy breaks off, the text ends
at the last complete sentence (text_complete false in meta.py)."""


def P(*paras):
    return "\n\n".join(paras)


TEXTS = {}

# http://www.voanews.com/a/shabab-militants-kill-6-in-central-somalia/1873471.html (whole item)
TEXTS["voa_2014_03_18_somalia_buloburde_hotel"] = P(
    "An overnight raid by militants in central Somalia has killed 11 government and African Union soldiers and wounded at least 18 others.",
    "Somali officials blame militant group al-Shabab for the attack in the town of Buloburde, which the Somali National Army and the African Union Mission in Somalia recaptured from al-Shabab last week.",
    "AMISOM spokesman Colonel Ali Hamoud tells VOA Somali Service a man drove a car past a hotel checkpoint around 2:20 a.m. local time.",
    "\"AMISOM troops tried to, you know, stop it by firing, but it did not stop and then it exploded when we had our troops gathering.\"",
    "The attack triggered a heavy gunbattle at the hotel, which is used by Somali and AMISOM officials.",
    "The governor of Somalia's Hiran region, who was at the hotel, says the dead soldiers include six Somalis and five men from Djibouti who were part of AMISOM.",
    "Abdi Farah Laqanyo also says he believes eight al-Shabab fighters were killed in the attack, most of whom he said were quickly taken away by the militants.",
    "A former Hiran governor, Yusuf Ahmed, says soldiers captured another seven attackers alive.",
    "The Somali army and troops from AMISOM recaptured Buloburde last Thursday in what AMISOM called a \"major victory.\"",
    "The town is 200 kilometers north of Mogadishu. AMISOM said it was a supply center for al-Shabab and home to hundreds of the group's fighters.",
    "Somali and AMISOM forces have been pushing an offensive in the past few weeks to oust the al-Qaida-linked militants from areas they control.",
    "Al-Shabab at one point held large parts of Somalia, but was pushed out of major cities by the AU forces and Somali government. The group has continued to carry out attacks, including a recent assault on the presidential palace in Mogadishu.",
)

# https://m.tingclass.net/show-8694-292176-1.html (VOA Learning English 'As It Is' item; cut: stored copy breaks off)
TEXTS["voa_2014_06_10_pakistan_karachi_airport"] = P(
    "Gunmen opened fire near the international airport inKarachi, Pakistan Tuesday. The incident came twodays after another attack at the airport that left at least36 people dead.",
    "Officials say at least two gunmen targeted the trainingcenter of the Airport Security Force. The attackers reportedly were riding amotorbike. They fled as security forces answered the attack. Pakistan\u2019sbusiest airport was closed briefly. The Taliban claimed responsibility for theattack.",
    "Nisar Ali Khan is Pakistan\u2019s Interior Minister. On Tuesday, he told parliamentthat the attackers last weekend carried rocket launchers and rocket-propelledgrenades. He said they attempted to destroy aircraft, but were prevented fromdoing so by security forces. Security force members died in the attack.",
    "The interior minister also said the attackers carried a large amount of food andmedicine. He said this was evidence that they were planning to takehostages.",
    "Pakistan officials said that 10 gunmen and seven airport workers were killed in the attack on Sunday. The bodies of the workers at an airport cargo companywere found in a storage area that burned as gunmen attacked the airport.",
    "Hours earlier, Sunni Muslim militants killed at least 26 Shiites in a suicideattack along Pakistan\u2019s border with Iran. Officials reported that one suicidebomber was killed and three others took their own lives.",
    "A Taliban spokesman linked the airport attack to recent military strikes alongthe Afghan border.",
)

# https://www.voanews.com/a/blasts-gunshots-hit-eastern-afghan-city-jalalabad/4507090.html (cut: stored copy breaks off)
TEXTS["voa_2018_07_31_afghanistan_jalalabad_farah"] = P(
    "Afghan authorities say an attack on a government building in eastern Afghanistan has killed at least 15 people.",
    "Officials said the assailants targeted the department for refugee affairs in Jalalabad, capital of the Nangarhar province bordering Pakistan.",
    "Provincial government spokesman Attahullah Khogyani told VOA the attack began with a suicide bomber blowing himself up at the entrance and enabling the assailants to storm the building where a high-level meeting was underway. An hours-long gunbattle ensued.",
    "The Taliban insurgency has denied its involvement in the attack, strengthening suspicions Islamic State could be behind the violence. The terrorist group has claimed most of the attacks in Nangarhar in the past month, including beheading of three school guards and a suicide blast that killed 19 people, mostly members of the tiny Afghan Sikh minority.",
    "\u201cThe country\u2019s franchise of Islamic State [known as IS-K] has managed to gain a foothold in the province when it had failed elsewhere, exploiting the disarray of government forces and the fragmentation of the local insurgency,\u201d said the independent Bureau of Investigative Journalism in a report the watchdog issued Monda",
    "Meanwhile, in western Farah province, officials said a roadside bomb early Tuesday killed at least 11 passengers and wounding around 40 others.",
    "A provincial government spokesman, Nasar Mehri, told VOA that women and children were among the victims. He claimed that Taliban insurgents had recently planted the bomb in the Bala Buluk district to target Afghan security forces.",
    "There were no immediate claims of responsibility for the deadly blast.",
    "Civilians continue to bear the brunt of the armed conflict and terrorist attacks in Afghanistan.",
)

# https://www.voanews.com/a/officials-dozens-of-afghan-forces-killed-in-taliban-attacks/4563699.html (cut)
TEXTS["voa_2018_09_09_afghanistan_day_mirdad_baghlan_herat"] = P(
    "A district police chief was among dozens of security forces killed in Afghanistan in overnight attacks by the Taliban, officials said Sunday.",
    "The insurgent raids occurred in the central eastern Maidan Wardak, western Herat and northern Baghlan provinces, the officials said.",
    "A provincial government spokesman in Maidan Wardak told VOA Taliban fighters stormed the Day Mirdad district center late Saturday, killing its police chief, Said Younus Hussaini, and 10 other security personnel.",
    "Abdul Rahman Mangal dismissed reports, however, that Day Mirdad was on the verge of collapse, saying reinforcements have arrived in the district and a counteroffensive was underway to retake the lost territory in Day Mirdad.",
    "Separately, reports said a coordinated Taliban attack against army and police posts in a troubled district of Baghlan has killed at least 20 Afghan security forces.",
    "Afghanistan\u2019s largest private broadcaster, TOLOnews, said insurgents also overran all the outposts and surrounding villages in the Baghlan-e-Markazi district.",
    "Afghan authorities have not commented on the fighting in Baghlan. The Taliban issued a statement, claiming it killed 60 government forces and seized a large quantity of weaponry placed there. The insurgent group often issues inflated battlefield gains.",
    "Meanwhile, officials in Herat confirmed a late-night Taliban raid against a security checkpoint in the province killed nine Afghan forces and wounded six others. A provincial government spokesman said 10 assailants were also killed in the ensuing gunbattle.",
    "U.S.-trained Afghan National Defense and Security Forces (ANDSF) have struggled to contain the Taliban and suffered heavy losses in the process during fighting season.",
)

# http://www.tingroom.com/voa/2022/1/551316.html (VOA Learning English item; cut: stored copy breaks off)
TEXTS["voa_2022_10_11_ukraine_missile_strikes"] = P(
    "Russia launches a second round of missiles against Ukrainian cities on Tuesday. The attacks came one day after widespread strikes killed at least 19 people. The strikes Monday also wounded more than 100 people and damaged power lines.",
    "The United Nations human rights office described the attacks as \"particularly shocking,\" saying that they could be war crimes.",
    "Air raid warnings extended throughout Ukraine. People hurried back into shelters after months of calm in Kyiv and many other cities. \"It brings anger, not fear,\" Volodymyr Vasylenko of Kyiv said as workers repaired traffic lights and cleared wreckage from the city's streets. \"We already got used to this. And we will keep fighting.\"",
    "Tuesday's missile strikes struck both power plants and civilian areas, just as Monday's attacks did. One person was killed when 12 missiles hit the southern city of Zaporizhzhia, setting off a large fire, the State Emergency Service said. A local official said the missiles hit a school, housing and medical buildings.",
    "Missiles struck energy plants in the western Lviv and the Vinnytsia areas. Officials said Ukrainian forces shot down a Russian missile before it reached Kyiv. But, the capital city only had limited power following Monday's deadly strikes.",
    "The State Emergency Service said 19 people died and 105 people were wounded in Monday's strikes. At least five of the victims were in Kyiv, Mayor Vitali Klitschko said.",
)

# https://listeningexpress.com/englishreading/voacorr/2024/09/voacorr-2024-09-04-Russian-aerial-attack-kills-7-in-western-Ukraine-city-of-Lviv.html
# (repost of a VOA news item; single newlines as stored; cut: stored copy breaks off)
TEXTS["voa_2024_09_04_ukraine_lviv_poltava"] = "\n".join([
    "Ukrainian officials said Wednesday a Russian air attack killed at least seven people and injured more than 60 others in the western city of Lviv, which Moscow had only infrequently targeted before and is hundreds of kilometers from the front battle line.",
    "Lviv Mayor Andriy Sadovyi said in a video posted on Telegram that the attack destroyed a building and damaged more than 50 structures, including schools and homes.",
    "Among the dead were four people from one family, a woman and her three daughters, leaving their father as the only immediate survivor.",
    "\"We will not forgive the enemy and will take revenge,\" Sadovyi said on Telegram. \"They will feel what hell is like while they are still alive.\"",
    "Russia has ramped up its aerial attacks on Ukraine since Kyiv launched an unprecedented cross-border offensive into Russia's Kursk region nearly a month ago, the first foreign incursion into Russia since World War II.",
    "Lviv, whose old town is a UNESCO world heritage site, is close to the border with Poland and is sheltering thousands of Ukrainians displaced by the 30-month war. The strike on Lviv came a day after a Russian missile attack killed 53 people in the central city of Poltava, one of the deadliest single strikes of the invasion.",
    "Ukraine's air force said the attack on Lviv was part of a wider barrage of new strikes, with 13 missiles and 29 drones targeting the war-torn country. The air force said it intercepted seven of the missiles and 22 drones.",
    "Wreckage from a downed missile fell on the central city of Kryvyi Rih, emergency services said, damaging a hotel and wounding six people.",
    "Prime Minister Denys Shmyhal called for more air defense systems and for long-range weapons to strike Russia in the wake of the attack.",
])

# https://www.voanews.com/a/us-troops-killed-in-drone-attack-on-us-base-in-jordan-/7460601.html (whole stored item)
TEXTS["voa_2024_01_28_jordan_drone_attack_us_troops"] = P(
    "The U.S military says three American troops were killed in a drone attack in Jordan, near the border with Syria.",
    "\u201cToday, America\u2019s heart is heavy. Last night, three U.S. service members were killed \u2014 and many wounded \u2014 during an unmanned aerial drone attack on our forces stationed in northeast Jordan near the Syria border. While we are still gathering the facts of this attack, we know it was carried out by radical Iran-backed militant groups operating in Syria and Iraq,\u201d President Joe Biden said in a statement.",
    "Details about the incident are still coming in.",
)

# http://www.defense.gov/news/newsarticle.aspx?id=25499 (AFPS; cut: stored copy breaks off)
TEXTS["afps_2004_08_18_iraq_baghdad_hillah_bayji"] = P(
    "WASHINGTON, Aug. 18, 2004 \u2013 Violence in Iraq left one U.S. soldier dead and seven Multinational Force soldiers wounded today.",
    "Also, several individuals were detained near Tikrit in two different incidents, and Abu Grhaib prison detainees were killed and injured while fighting one another.",
    "An attack on a patrol unit in the eastern part of the Iraqi capital left one Task Force Baghdad soldier dead today, according to a Multinational Force Iraq news release. The soldier suffered a gunshot wound, was evacuated to a military hospital and was pronounced dead there.",
    "The name of the deceased is being withheld until the family can be notified. The incident is under investigation.",
    "Seven Multinational Force soldiers were injured when seven mortars hit a MNF camp northwest of Hillah today, another release stated. One U.S. civilian, two Polish soldiers, one Polish civilian and three Iraqi civilians, were treated at a military medical facility for non-serious injuries.",
    "Quick-reaction forces were dispatched to investigate the origin of the attack.",
    "Elsewhere over two days, troops successfully detained seven individuals and confiscated multiple weapons, according to MNFI releases.",
    "Weapons were confiscated and five individuals were detained near Bayji today. 1st Infantry Division soldiers, conducting a series of raids near Bayji, found four AK-47 assault rifles, a flare gun, a machete, a bayonet and materials for making an improvised explosive device, including plastic explosives.",
    "The weapons and the individuals were taken to a detention facility, where the individuals were to be questioned.",
    "And Iraqi National Guard soldiers, with the help of U.S. 1st Infantry Division soldiers, apprehended two individuals at a joint traffic-control point Aug. 17.",
)

# https://www.globaldefence.net/archiv/defence-news/afghanistan-forces-kill-detain-insurgents-in-kandahar/
# (verbatim repost of an American Forces Press Service article; cut: stored copy breaks off)
TEXTS["afps_2010_10_07_afghanistan_kandahar_badghis"] = P(
    "WASHINGTON, Oct. 7, 2010 \u2014 An Afghan and International Security Assistance Force patrol killed three suspected insurgents and detained several more in southern Afghanistan yesterday, military officials reported.",
    "The force was conducting a route-clearing operation in Kandahar province when they spotted a group of military-aged men carrying weapons. A team was sent to the area to investigate the activity.",
    "As the combined patrol entered the target area, they attempted to detain two armed insurgents. The insurgents tried to engage the troops and were killed. The patrol then moved to clear a number of tents in the area and detained a suspected insurgent who was found hiding. As the patrol continued past the tent area, the patrol killed another suspected insurgent who engaged them with small-arms fire.",
    "Continuing their patrol, the combined force spotted a suspected insurgent trying to hide on a hill. As the force attempted to question him, he ran away. The force gave chase and killed him when he pulled a pistol from his shirt. As they continued to clear the area, the patrol found another armed man hiding. He attempted to engage the patrol and was killed. In subsequent questioning, an Afghan woman indicated that the suspected insurgents had demanded food and drink and threatened her family. Three men were detained for further questioning.",
    "In other news from Afghanistan:",
    "\u2014 Afghan and coalition forces killed the Taliban shadow governor and a senior Taliban leader in Badghis province yesterday.",
)

# http://www.voanews.com/content/syrian-army-pounds-homs-144077456/180218.html (cut: stored copy breaks off)
TEXTS["voa_2012_03_24_syria_homs_qusair_idlib"] = P(
    "Activists say Syrian forces resumed heavy shelling of the already battered city of Homs on Saturday, as international envoy Kofi Annan arrived in Russia to discuss efforts to mediate an end to the crisis in Syria.",
    "The British-based Syrian Observatory for Human Rights says at least three people were killed in the Khaldiyeh district of Homs and nearby town of Qusair following shelling that began early Saturday.  Homs has seen some of the heaviest fighting in Syria's year-long uprising.",
    "Clashes were also reported in Idlib province bordering Turkey, where the rights group says at least one person was killed.",
    "Saturday's violence comes as joint U.N.-Arab League envoy Kofi Annan arrived in Moscow in an effort to convince Russia to support international calls for a cease-fire and open political dialogue in Syria.  Russia and China have repeatedly blocked Security Council action against Syria since the deadly crackdowns on protests erupted. However, the two nations did support a Security Council resolution in recent days endorsing Annan's six-point plan for peace.",
)

# http://www.tingroom.com/voastandard/2006/5/32857.html (VOA news item by Benjamin Sand; cut: stored copy breaks off)
TEXTS["voa_2006_05_24_afghanistan_uruzgan_kandahar"] = P(
    "U.S. Military officials in Afghanistan say 24 Taleban rebels have been killed in a clash with government and coalition forces in southern Afghanistan. U.S. officials have also apologized for an air strike earlier this week that reportedly killed 16 civilians.",
    "Officials say the rebels were killed in a firefight Tuesday in Uruzgan province in southern Afghanistan. Several government soldiers were also reportedly killed.",
    "It was the latest in a series of clashes in the past two months in which about 300 people have been killed.",
    "In addition, coalition officials acknowledged responsibility for an air strike Sunday that reportedly killed Afghan civilians in a remote part of southern Kandahar province.",
    "A spokesman for the United States military, Colonel Tom Collins, apologized for the loss of innocent lives. But he defended the action, telling reporters in Kabul that the strike was ordered after coalition troops came under fire.",
    "He says U.S. commanders did not know civilians were in the houses when the U.S. planes attacked, and he accused Taleban insurgents of intentionally using civilian houses for protection.",
    "\"The ultimate cause of why civilians were injured and killed is because the Taleban knowingly, willfully chose to occupy homes of these people,\" said Collins.",
)

# http://www.tingroom.com/voastandard/2010/5/101498.html (VOA news item; cut: stored copy breaks off)
TEXTS["voa_2010_05_29_thailand_crackdown_curfew"] = P(
    "Thai Prime Minister Abhisit Vejjajiva stands by his decision call in troops to end the two month long anti-government protests, that left over 80 people dead and hundreds injured.  Mr. Abhisit made the comments as the government announced a lifting of a night time curfew 10 days after a military crackdown on anti-government protestors.",
    "Mr. Abhisit, speaking to the international media after a briefing with foreign ambassadors, said he had sought to avoid any loss of life but was seeking to apply the law.",
    "\"I never wanted to see any loss of life, but my decision has to be based on what I feel is right for the country,\" said Mr. Abhisit.  \"If you've got a group of people who are bent on using violence and death just to achieve a political aim you should really think hard before giving in. All I wanted to do was to make sure that as government in this country can enforce the law.\"",
    "Since Mid-March more than 80 people have died in clashes with the military and nearly 2,000 injured.  Of those people, 50 died between May 13 when troops moved to restrict protester until the army moved to disperse the rally on May 19.",
    "After the military operation ended, anti-government protesters set fire to over 40 buildings throughout the city, with costs close to $1 billion.",
)
