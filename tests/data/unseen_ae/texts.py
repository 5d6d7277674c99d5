# -*- coding: utf-8 -*-
"""Body texts of set (ae): US federal government works only (public domain) -- Voice of America News, VOA Africa,
VOA Learning English (reposted on learner sites), VOA editorials, DoD News, U.S. Central Command, the U.S. Embassy in
Burkina Faso (a State Department mission) and the Congressional Research Service -- copied from the stored copies of the
pages (research search tool, corpus 'pages', which keeps about the first 2,000 characters of a page). Page furniture
(site headers, 'Accessibility links'/'Breaking News' strips, titles, bylines, photo captions, audio/video notices,
reposts' Chinese headers, vocabulary-note digits glued to words by the learner sites, credit lines) removed; wording,
spelling and punctuation kept (e.g. 'On example', 'Mo239;se', 'non- Arab', 'the eastern Oromia region'). Paragraphs are
joined by one blank line. Where the stored copy breaks off, the text ends at the last complete sentence before the
break (text_complete false in meta.py)."""


def P(*paras):
    return "\n\n".join(paras)


TEXTS = {}

# voanews.com 7645207 (2024-06-06)
TEXTS['voa_2024_06_06_sudan_wad_al_noura_attack'] = P(
    "A recent attack by Sudan's paramilitary Rapid Support Forces on Wad al-Noura village has killed at least 100 people and injured dozens, according to regional officials.",
    "Social media posts by Darfur Governor Mini Arko Minawi say women, children and the elderly were among victims of the attack, the latest in ongoing clashes between RSF fighters and the country's regular army over the past 14 months. The grassroots Madani Resistance Committee, a pro-democracy organization that monitors attacks in the region, said RSF fighters used heavy artillery in Wednesday morning's two-stage assault, which it called an act of genocide.",
    "The committee, which said pleas for rescue by Sudan's armed forces went unheeded, accused RSF troops of looting Wad al-Noura throughout the attack, forcing civilians, including women and children, to take refuge in the nearby village of Managil.",
    "Sudan's army said Thursday that it will deliver a \"harsh response\" to the attack.",
    "Alex DeWaal, executive director of the World Peace Foundation at the Fletcher School of Law and Diplomacy at Tufts University, described it as a routine practice, explaining that RSF fighters tax locals and steal food to the point of starvation in villages they overrun.",
    "\"The Sudan Armed Forces, which are also the internationally recognized government, are cutting off all material supplies to areas under RSF control, including humanitarian aid, hoping to reduce the RSF's capabilities through starvation,\" DeWaal told VOA. \"The logics of war are leading relentlessly to famine.\"",
    "Sudan crisis 'neglected'",
    "Wednesday's attack coincided with recent United Nations warnings that Sudan is faced with the \"looming threat of famine\" as violence intensifies.",
)

# voaafrica.com 7517236 (2024-03)
TEXTS['voa_2024_03_07_drc_nyanzale_m23'] = (
    "The M23 rebel group took over the town of Nyanzale in eastern Democratic Republic of Congo on Wednesday, killing at least 15 people in bomb attacks. A local official told Reuters, \"The victims were killed by bombs fired indiscriminately by the M23.\" Nyanzale is about 130 km (80 miles) north by road from the provincial capital Goma and is home to thousands of internally displaced people who fled fighting in surrounding areas. The M23 is a Tutsi-led group that has intensified its campaign in eastern Congo this year. U.N. experts and Western powers such as the United States and France say that the group is backed by Rwanda, which Rwanda denies. The European Union this week called for dialog between Congo and Rwanda to tackle the root causes of the conflict, saying only a political solution could end it."
)

# defense.gov News Stories 3871631 (2024-08)
TEXTS['dod_2024_08_13_centcom_40000_service_members'] = P(
    "There is still time for diplomacy to work in the Middle East, Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder said today during a news conference.",
    "U.S. forces are moving into the U.S. Central Command's area of responsibility as a deterrence measure, he said. The Air Force has moved F-22 Raptor aircraft into the region, and the U.S. Navy is moving the USS Abraham Lincoln Carrier Strike Group \u2014 centered around F-35C Lightning II aircraft \u2014 to the region, as well. The USS Georgia, a guided missile submarine, is also progressing there.",
    "Today, there are approximately 40,000 U.S. service members in the Centcom region, Ryder said.",
    "The Defense Department continues to closely monitor the situation in the Middle East. Secretary of Defense Lloyd J. Austin III is in almost daily contact with Israeli Defense Minister Yoav Gallant and other partners in the region, Ryder said.",
    "\"The U.S. remains intensely focused on de-escalating tensions in the region, while also remaining focused on securing a cease-fire as part of a hostage deal to bring all of the hostages home and to end the war in Gaza,\" the general said.",
    "In his most recent phone call with Gallant, Austin assured the Israeli leader of the United States' commitment to take every possible step to defend Israel. He also noted the strengthening of U.S. military force posture and capabilities throughout the Middle East in light of escalating regional tensions, Ryder said.",
    "\"These U.S. military force-posture adjustments are designed to improve U.S. force protection, to increase our support for the defense of Israel, and to ensure the United States is prepared to respond to a wide variety of contingencies,\" Ryder said.",
    "Iran and Iranian-backed groups have threatened to attack Israel, and Ryder said the United States must take these threats seriously.",
)

# editorials.voa.gov 8056474 (2025-08)
TEXTS['voa_ed_2025_08_15_red_sea_eternity_c'] = P(
    "Acting U.S. Representative to the United Nations Ambassador Dorothy Shea called on the Houthis to release all hostages and \u201ccease immediately and permanently\" attacks against vessels transiting the Red Sea.",
    "The Houthis continue to terrorize ships in the Red Sea.",
    "Last month, the United States condemned the Houthis\u2019 unprovoked terror attacks in the Red Sea against two civilian cargo vessels, the Magic Seas and Eternity C. The latter attack resulted in the loss of at least four mariners, many others injured, and the complete loss of both ships. The Houthis then kidnapped and continue to detain at least 11 crew members of the Eternity C.",
    "\u201cWe call for the kidnapped crew members\u2019 immediate and unconditional release, just as we continue to call for the release of all UN, NGO, and diplomatic staff held for over a year,\u201d said Ambassador Dorothy Shea, Acting U.S. Representative to the United Nations.",
    "In the wake of these attacks, the Houthis ramped up their threats against commercial maritime traffic through the Red Sea and issued specific threats against ships that dock at Israeli ports.",
    "As recently as August 8th, the Houthis fired a missile at Israel targeting Ben Gurion Airport. \u201cWe stand with Israel in its right to self-defense against the Houthis,\u201d declared Ambassador Shea.",
    "Iran\u2019s defiance of the Security Council\u2019s resolutions enables the Houthis to escalate regional tensions. Iran\u2019s continued support for the Houthis also poses a threat to the people of Yemen and to freedom of navigation in the Red Sea.",
    "In that regard, the United States commends Yemeni government-aligned forces for their July seizure of at least 750 tons of Iranian weapons bound for the Houthis.",
)

# VOA Learning English, reposted on 51voa.com (2022-04-08)
TEXTS['voa_le_2022_04_08_ukraine_kramatorsk_station'] = P(
    "A missile hit a train station Friday where thousands of people had gathered to flee Russian attacks in eastern Ukraine, killing at least 50 people, Ukrainian officials said. Dozens more were injured.",
    "Images from the scene showed covered bodies and people's belongings on the ground around the station, in the city of Kramatorsk. A burned rocket was also found on the ground, with the words \"for the children\" painted on it in Russian.",
    "About 4,000 civilians were in and around the station, the office of Ukraine's prosecutor-general said. It added that most of the victims were women and children trying to leave the area. They had been warned that Russian forces were planning to launch a major new offensive in the country's east, Ukrainian officials said.",
    "Russia's Defense Ministry denied attacking the station, which sits inside Ukraine's contested Donbas area. President Volodymyr Zelenskyy and other Ukrainian leaders accused Russia's military of targeting a place where only civilians were gathered.",
    "\"The inhuman Russians are not changing their methods,\" Zelenskyy said on social media.",
    "\"Without the strength or courage to stand up to us on the battlefield, they are cynically destroying the civilian population,\" he added. \"This is an evil without limits. And if it is not punished, then it will never stop,\" he said.",
    "Britain's Defense Minister Ben Wallace denounced the train station attack, saying \"the striking of civilians and critical infrastructure is a war crime.\"",
)

# VOA Learning English, reposted on tingroom.com 519232 (2020-12)
TEXTS['voa_le_2020_12_28_ethiopia_tigray_refugees'] = P(
    "People who fled fighting in Ethiopia's Tigray area continue to tell stories of suffering as they gather in refugee camps.",
    "At a simple medical center in Sudan, a doctor who is also a refugee cares for the hurt and sick. Tewodros Tefera sees many injuries: children hurt in explosions, wounds from axes and knives, and broken bones from beatings.",
    "Recently, he treated the broken legs of refugee Guesh Tesla, a woodworker who just arrived at the camp.",
    "He came with information about 250 young men taken from one village into neighboring Eritrea by Eritrean forces. Ethiopia denies Eritrean forces are involved in the fighting.",
    "In late November, Guesh said he saw many bodies on the streets in his hometown of Rawyan. There, he said, Ethiopian soldiers beat him and took him to the border town of Humera. The Humera courthouse, he said, had been turned into a center for killing by militias from the neighboring Amhara area. He heard the screams of men being killed, and quietly escaped during the night.",
    "\"I would never go back,\" he said.",
    "It is impossible to know if these stories are true as Tigray remains almost completely cut off from the world. It has been more than 50 days since fighting began between Ethiopian forces and groups in Tigray. The Tigray people led the country's government for nearly 30 years, but are now marginalized.",
    "Ethiopian Prime Minister Abiy Ahmed continues to refuse international requests to bring humanitarian assistance to the area. He also refuses requests from those pressing for investigations of Ethiopian forces.",
)

# VOA Learning English, reposted on tingroom.com 525350 (2021-04)
TEXTS['voa_le_2021_04_24_ethiopia_erase_tigray'] = P(
    "Seid Mussa Omar is Tigrayan.",
    "He said only 10 Tigrayans remained of about 400 who worked with him at a hospital in northern Ethiopia. The rest were killed or fled.",
    "Seid's original paper showing his Tigrayan ethnicity was taken away and burned, he said. He showed reporters his new identification paper. It is in Amharic language. It does not mention anything about being Tigray.",
    "\"This is genocide ... Their aim is to erase Tigray,\" he said.",
    "The Associated Press confirmed the same thing happened with nine other refugees. They arrived in Sudan with gunshot wounds and cuts on their backs. They told stories of dead bodies lying along the river. They said women were raped and children, weakened by hunger, were left behind.",
    "When reporters asked about the new Amharic identification papers, the prime minister's office said the area is under a temporary administration. It said the people \"are all from the region.\"",
    "\"Ethnic cleansing\"",
    "Last month, U.S. Secretary of State Antony Blinken called what has happened in Tigray \"ethnic cleansing.\" That is when a group of people is being forced to leave an area, often including killings and rapes. It is the first time a top official in the international community has used the term to describe the situation in northern Ethiopia.",
    "Refugees and international experts have accused the government of Prime Minister Abiy Ahmed and others of punishing the 6 million Tigrayans in northern Ethiopia. Abiy's mother was Amharan. They said Abiy teamed up with ethnic Amharans and soldiers from neighboring Eritrea to divide the area.",
    "The conflict began in November as a political dispute. Tigray leaders had been leading Ethiopia's government for nearly 30 years.",
)

# VOA Learning English, reposted on hxen.com 553274 (2021-03-04)
TEXTS['voa_le_2021_03_04_myanmar_protesters_shot'] = P(
    "Myanmar security forces opened fire on protesters against military rule again on Wednesday. The shooting came a day after calls for restraint and offers to solve the crisis from neighboring countries.",
    "The Associated Press reported at least eight people were killed Wednesday including a 14-year-old boy. The United Nations' Human Rights Office said security forces also killed at least 18 protesters last Sunday. And Reuters has reported that at least 40 people have been killed since February 1 when the military seized control and removed Myanmar's elected leader Aung San Suu Kyi.",
    "Witnesses told Reuters that security forces used real bullets with little warning in several towns and cities. \"It's horrific, it's a massacre. No words can describe the situation and our feelings,\" youth activist Thinzar Shunlei Yi told the news agency.",
    "A spokesman for the military rulers did not answer telephone calls seeking comment. Myanmar is a majority Buddhist country with a small Christian community.",
    "Security forces in Yangon, the country's main city, detained about 300 protesters, the Myanmar Now news agency reported. Video posted on social media showed lines of young men with their hands on their heads. It shows them getting into army trucks as police and soldiers stand guard.",
    "One video taken from a security camera showed police beating members of an ambulance crew. Police can be seen kicking the three crew members and hitting them with their guns.",
    "In the central town of Myingyan, social media reported the shooting death of a 14-year-old boy. In Mandalay, the country's second-biggest city, police and soldiers chased around 1,000 teachers and students with tear gas as gun shots could be heard.",
    "The violence came a day after foreign ministers from the Association of Southeast Asian Nations (ASEAN) urged restraint.",
)

# VOA Learning English, reposted on hxen.net 558948 (2022-04-19)
TEXTS['voa_le_2022_04_18_ukraine_lviv_strikes'] = P(
    "Ukrainian officials say Russian missiles hit the western Ukrainian city of Lviv, killing at least seven people. Russian forces are targeting areas across Ukraine in an attempt to weaken the country's defenses.",
    "Lviv had escaped the worst violence of the Russian invasion that began almost two months ago. People believed the city was safe.",
    "Ukrainian Prime Minister Denys Shmyhal, meanwhile, promised to \"fight absolutely to the end\" in strategically important Mariupol. The few Ukrainian fighters remaining there ignored a surrender-or-die message from the Russians on Sunday.",
    "Maksym Kozytskyy is the governor of the Lviv region. He said the Russian missile strikes hit three military facilities and an automobile repair shop. He said the wounded included a child.",
    "A hotel sheltering Ukrainians who had fled fighting in other parts of the country was among the buildings badly damaged, Lviv's mayor said.",
    "\"The nightmare of war has caught up with us even in Lviv,\" said Lyudmila Turchak, who fled with two children from the eastern city of Kharkiv.",
    "Military experts say Russia is increasing strikes on weapons factories, railways and other infrastructure targets across Ukraine. The Russian military wants to weaken the country's ability to defend against a major ground war in the Donbas. Donbas is Ukraine's mostly Russian-speaking eastern area.",
    "The Russian military claimed its missiles struck more than 20 military targets in eastern and central Ukraine in the past day. The military also said it hit another 315 Ukrainian targets, and launched 108 strikes on Ukrainian troops and military equipment. The claims could not be confirmed by The Associated Press.",
    "Ukraine's government halted civilian evacuations for a second day on Monday. It said Russian forces were attacking and blocking passages used by civilians to flee.",
)

# VOA Learning English, reposted on tingroom.com 526839 (2021-05)
TEXTS['voa_le_2021_05_19_gaza_children_conflict'] = P(
    "Children are suffering severe trauma as Israel continues its bombing campaign against Hamas militants in the Gaza Strip.",
    "Gaza health officials say at least 63 children are among the 217 Palestinians who have been killed in Gaza. The fighting between Israel and Hamas began on May 10.",
    "On example is seven-year-old Suzy Ishkontana. She spent hours Sunday under the wreckage of her family home. Her brothers, sisters and mother died. Now she speaks or eats very little.",
    "In Israel, 12 people have been killed by rockets fired by the militant group Hamas which rules Gaza. All but one of the people killed were civilians. One was a five-year-old boy.",
    "For many children, it is trauma they have experienced for much of their lives. Israel and Hamas also fought wars in 2009, 2012 and 2014. Each time, Israel has launched heavy airstrikes in the small area where 2 million people live.",
    "Israel says it does everything it can to prevent civilian deaths. Sometimes, Israel sends warnings to people to leave buildings that are about to be bombed.",
    "Hamas has fired hundreds of rockets, but most are stopped by Israel's defense system. Israel also continues to bomb targets in Gaza.",
    "The Ishkontana family was buried under their home early Sunday, after intense bombing of Gaza City. Israel said it was targeting a Hamas tunnel network. The strikes came without warning.",
    "Riad Ishkontana said he was buried for five hours under a big piece of wreckage. He was unable to reach his wife and five children.",
)

# VOA Learning English, reposted on m.testbig.com (2021-11-22)
TEXTS['voa_le_2021_11_22_haiti_missionary_hostages'] = P(
    "Two members of a U.S.-based religious group who were taken hostage last month in Haiti have been released.",
    "The organization that sent the missionaries, Christian Aid Ministries, announced the release on Sunday. A spokesman for Haiti's national police force also confirmed the release to news agencies.",
    "The group of 16 American citizens and one Canadian was kidnapped by a group called 400 Mawozo on October 16. There are five children in the group, including an 8-month-old.",
    "The organization said the group was taken while on a trip to visit an orphanage - a home for children who do not have parents to take care of them.",
    "In a statement, Christian Aid Ministries said the released hostages were safe and \"in good spirits.\"",
    "\"While we rejoice at this release, our hearts are with the 15 people who are still being held,\" the Ohio-based group said. The statement did not give the names of those freed or provide any other information about the release.",
    "The leader of the 400 Mawozo gang has threatened to kill the hostages unless his demands are met. Haitian officials have said the gang had demanded up to $1 million for each person.",
    "The release comes as Haiti struggles with a recent rise in gang-related kidnappings. Increasing crime and insecurity followed the murder of President Jovenel Mo239;se on July 7 and a powerful earthquake that killed more than 2,200 people in August.",
    "The issues led the U.S. government recently to urge U.S. citizens to leave Haiti. On Friday, Canada announced it was withdrawing all but necessary employees from its embassy.",
    "A fuel shortage has forced hospitals to turn away patients and affected public transportation. The situation also led some schools to close and businesses to shorten their work hours.",
)

# VOA News, reposted on boorsee.com (2019-04)
TEXTS['voa_2019_04_29_burkina_faso_terror_rise'] = P(
    "Violence fueled by extremists is on the rise in the West African nation of Burkina Faso and appears to be getting worse.",
    "In April more than 65 people died in ethnic clashes inflamed by Islamist extremists seeking to gain a stronghold in the Sahel. On Sunday, four worshippers and a pastor were killed when gunmen targeted a church in the small northern town of Silgadji, local security sources said.",
    "\u201cWhat we fight against, what we see every day is like a toxin,\u201d Lt. Col. Kanou Coulibaly of the Burkina Faso Armed Forces told VOA.",
    "Burkina Faso has seen more than 230 attacks in just over three years, and the United States is hoping local forces can increase pressure on the militants, even as the U.S. military decreases its force numbers in the region.",
    "The attacks began shortly after the country elected its first new leader in decades, Roch Marc Christian Kabore, in 2015.",
    "U.S. Ambassador to Burkina Faso Andrew Young tells VOA that the violence has quickly spread across a nation virtually untouched by terrorism just a few years ago.",
    "\u201cThey\u2019re trying to target the resilience of this community, which has lived in harmony for thousands of years. There are Muslims and Christians who are in the same family, and those terrorist groups (are trying) to break down a stable society and attack a fragile democracy,\u201d Young said.",
    "Now, just as instability provided terrorists an opening to infiltrate in Iraq and Syria, Islamist groups are planting their flags in West African nations like Burkina Faso.",
    "\u201cWe know that al-Qaida considers the Sahel right here to be a very important area for them to deliberately and quietly build infrastructure. They\u2019ve been doing this for a number of years, and they\u2019ve been fairly successful,\u201d Air Force Maj. Gen. Marcus Hicks, the commander of U.S. Special Operations Command Africa, tells VOA.",
)

# CRS In Focus IF12816, everycrsreport.com (updated 2025-01-22)
TEXTS['crs_2025_01_22_sudan_war_humanitarian_crisis'] = P(
    "The conflict in Sudan that began in 2023 between rival elements of the security forces has fueled the world\u2019s largest displacement crisis and largest hunger crisis. The war has pushed over 12 million people from their homes. More than half the population, over 25 million people, reportedly face acute food insecurity, and famine is spreading. The warring parties have been implicated in atrocity crimes and other gross human rights abuses. Fatality figures are not reliable, given access constraints, but by some estimates as many as 150,000 people may have died in the first year of the conflict alone.",
    "The war that began as a fight for power between the Sudan Armed Forces (SAF, the military) and paramilitary Rapid Support Forces (RSF) has roots in how Sudan has been ruled, primarily by military regimes and central elites, since independence. Islamist military leader Omar al Bashir, who took power in a 1989 coup, faced multiple rebellions in the marginalized peripheries. He armed Sudanese Arab militias known as the Janjaweed to help the SAF counter rebels in the western Darfur region in the early 2000s, and the United States, among others, labeled their atrocities against non- Arab communities genocide. Bashir formed the RSF from the Janjaweed to counter other insurgencies, allowing it to seize gold mines and other assets, and deployed it to Yemen as part of the Gulf-led coalition fighting the Houthi rebels, which provided revenue that bolstered the RSF\u2019s autonomy.",
    "Sudan\u2019s security chiefs used pro-democracy protests in 2019 as justification to oust Bashir, with reported support from some Arab countries. The junta, led by the SAF\u2019s Abdel Fattah al Burhan and RSF\u2019s Mohamed Hamdan Dagalo, aka Hemedti, resisted handing power to civilians, but later conceded under pressure to share power with a \u201ccivilian-led\u201d transitional government (CLTG).",
)

# centcom.mil press release 903971 (2015-10-23)
TEXTS['centcom_2015_10_23_iraq_hostage_rescue_casualty'] = (
    "SOUTHWEST ASIA \"Yesterday, the United States of America lost one of her finest warriors doing what American troops do best -- protecting those who cannot protect themselves. Our thoughts and prayers are with the family and loved ones of this brave Soldier,\" said Lt. Gen. Sean B. MacFarland, commander of the Combined Joint Task Force - Operation Inherent Resolve. \"We are proud of the combined forces who conducted the mission to rescue these Iraqi hostages. Their courage, skill, and sacrifice narrowly prevented yet another brutal massacre by Daesh murderers. It is important to realize that U.S. military support to this Iraqi rescue operation is part of our overarching counter-terrorism efforts throughout the region and does not represent a change in our policy. U.S. forces are not in Iraq on a combat mission and do not have boots on the ground.\""
)

# U.S. Embassy Ouagadougou statement, reposted on einpresswire.com 511659182 (2020-03-10)
TEXTS['state_2020_03_10_burkina_faso_barga_attack'] = (
    "The United States condemns the brutal attack and murders perpetrated this past Sunday leaving 43 dead from the commune of Barga in northern Burkina Faso. We remain united with our Burkinabe partners in our common fight against the forces that seek to dismantle the long history of coexistence in Burkina Faso throughout all its diverse communities. We remain steadfast in our determination to promote peace, tolerance, and progress. We extend our condolences to the families of the victims of this senseless attack, and we lower our flag to half mast in solidarity during the 48 hours of national mourning."
)

# voaafrica.com 7669819 (2024-06)
TEXTS['voa_2024_06_24_sudan_el_geneina_toll'] = (
    "The conflict between the Sudan Armed Forces (SAF) and the paramilitary Rapid Support Forces (RSF) has created a humanitarian calamity across some parts of Sudan. Early this year, the United Nations said in a report that during the first eight months of the fighting, between 10,000 and 15,000 people were killed just in El Geneina, the capital of West Darfur state. Joshua Cruze, a Sudan researcher, told VOA\u2019s John Tanza that the international community has done very little for the people of Sudan."
)

# voanews.com 6625040 (2022-06-20)
TEXTS['voa_2022_06_20_ethiopia_oromia_gimbi_killings'] = P(
    "Ethiopia's Prime Minister Abiy Ahmed has condemned the killing of more than 200 people, most of them ethnic Amhara, in the eastern Oromia region. Locals have blamed the killings Saturday on the rebel Oromo Liberation Army (OLA), which has denied responsibility.",
    "The federal government has reportedly deployed security personnel to the Oromia region but locals say it is not enough.",
    "Ahmed Hassen from the Amhara community lost his brother and sister-in-law. Speaking to VOA by phone, Ahmed said that fighters circled their village and butchered the residents.",
    "According to him, the militia came with guns and machetes. Ahmed said while there\u2019s calm in Oromia today, many families are too scared to bury loved ones.",
    "Ahmed said there were 250 dead, and that this was just in one village. Many of the bodies still haven\u2019t been buried, he said, simply because families are afraid to bury them.",
    "\u201cIn the afternoon, yesterday when we tried to bury our loved ones, there were lots of snipers shooting, we couldn\u2019t bury our family members,\u201d he said. \u201cWe are not alive, we are waiting to die.\u201d",
    "In a tweet, Ethiopian Prime Minister Abiy said the federal government\u2019s key priority is to restore peace and security in affected communities.",
    "He condemned the killings, saying the attacks on innocent civilians, destruction of livelihoods by illegal and irregular forces is unacceptable.",
    "Both the government and locals blame the rebel OLA for Saturday\u2019s attack.",
    "The group denies responsibility. Odaa Tarbii, the group\u2019s spokesperson, told VOA it was government forces and the Oromia state-created militia Gaachina Sirna, which means \u201cshield of order,\u201d that were near Gimbi town where the attack happened.",
    "He said it is not clear which armed group carried out the atrocity.",
)
