# -*- coding: utf-8 -*-
"""Body texts of set (ao). US federal government works only (public domain): Voice of America news items and
VOA Learning English / Special English items (mostly via verbatim reposts on Chinese English-learning sites, some from
VOA's own sites), copied from the stored copies of the pages (research search tool, corpus 'pages', about the first
2,000 characters of each page). Page furniture (site headers, titles, bylines, date lines, photo captions, separator
lines, the reposts' Chinese translations and glossaries, vocabulary-note digits glued to words such as 'quell1' or
'militants 2', programme intros and agency credit lines) removed; wording, spelling and punctuation kept. Paragraphs
are joined by one blank line. Where the stored copy breaks off, the text ends at the last complete sentence
(text_complete false in meta.py)."""


def P(*paras):
    return "\n\n".join(paras)


TEXTS = {}

# VOA News, 30 July 2005 (VOA Tibetan service English page): https://www.voatibetanenglish.com/a/a-28-2005-07-30-voa7-90270632/1269396.html
TEXTS['voa_2005_07_30_kashmir_srinagar_siege'] = P(
    "In Indian Kashmir, there have been fierce clashes between Islamic militants and security forces. Two soldiers and two militants have been killed and more than 20 others have been injured in the fighting.",
    "The sound of gunfire echoed throughout Saturday in the main commercial hub of Kashmir's summer capital, Srinagar, as Indian troops battled Islamic militants holed up in two buildings.",
    "Officials say the fighting began Friday night when separatist guerrillas hurled grenades and opened fire on a security post. The attack sparked panic in the area.",
    "Several journalists who rushed to cover the firefight were caught in the crossfire and injured. A local television cameraman who was shot in the stomach is reported to be in serious condition.",
    "The militants later slipped into a nearby shopping complex and hotel. Both sides exchanged fire for more than 20 hours before the militants were gunned down. Dozens of people from nearby buildings were evacuated.",
    "Kashmir's chief minister, Mufti Mohammad Sayeed, says the militants are trying to disrupt a peace process between India and Pakistan.",
    "He says the militants are mounting such attacks to inject fear into people who are turning their focus on peace and politics.",
    "Two militant groups, Al Mansuriyan and Jamiat-ul-Mujahideen, have claimed responsibility for the attack. They are among a dozen Islamic militant groups who have been waging a violent insurgency since 1989 for Kashmir's independence from India or merger with Pakistan. The fighting has claimed more than 40,000 lives.",
    "The Himalayan territory is divided between India and Pakistan, and New Delhi says the insurgency is led by Muslim militants who infiltrate into Indian Kashmir from the Pakistani side.")

# VOA News, 9 November 2004: https://www.voanews.com/a/a-13-2004-11-09-voa21/395921.html
TEXTS['voa_2004_11_09_ivory_coast_abidjan_hotel_shooting'] = P(
    "French authorities are denying their troops in Ivory Coast killed anybody as thousands of anti-French demonstrators gathered in front of a hotel in Abidjan Tuesday.",
    "The French military says it was the demonstrators who opened fire as a French convoy left the area. It said Ivorian security forces returned the fire.",
    "The protesters are blaming the French troops for the casualties. At least four people are reported killed and more than 100 others injured.",
    "The Ivorian government has not commented.",
    "Meanwhile, VOA correspondent Nico Colombant reports that South African President Thabo Mbeki arrived in Ivory Coast to help end the civil war. He arrived after several days of mob violence in the government-held south and escalating tensions between the Ivorian military, youth activists and the French rapid reaction force.",
    "Mr. Mbeki says he humbly accepted the request by the African Union and the Economic Community of West African states to intervene in Ivory Coast.",
    "The leader of the so-called Young Patriots, who has organized massive protests against the French and rebels, Charles Ble Goude, called on his followers to give Mr. Mbeki an overwhelming reception.",
    "He says Mr. Mbeki long fought against apartheid and that he could understand the suffering of Ivorians, as they faced oppression.",
    "Four years ago, Mr. Mbeki had called on Ivorian President Laurent Gbagbo to organize new elections that included all candidates, because he had won a poll which had excluded main opposition leaders.",
    "This is what northern-based rebels have been asking for since their insurgency started in late 2002. Their leader, Guillaume Soro, said Mr. Gbagbo could not be counted on as a reliable negotiating partner.",
    "He says Mr. Gbagbo cannot even control what happens in Abidjan. Rebels have refused to disarm, accusing Mr. Gbagbo of blocking implementation of several peace deals.")

# VOA News (English text attached to a VOA Korean service page), 1 February 2006:
# https://www.voakorea.com/amp/a-35-2006-02-01-voa5-91205819/1296928.html
TEXTS['voa_2006_02_01_nepal_maoist_overnight_attacks'] = P(
    "Suspected Maoist rebels in Nepal have killed 20 police and soldiers in overnight attacks before today's anniversary of King Gyanendra's seizure of absolute power. At least 143 police officers are missing.",
    "Authorities say Maoist rebels attacked an army camp, police station and government buildings in a town about 300 kilometers west of Kathmandu.",
    "Meanwhile, the opposition Nepali Congress party says authorities have arrested more than 600 activists to prevent planned demonstrations.",
    "In an address today (Wednesday), King Gyanendra vowed that national elections will take place by 2007, and urged Maoist rebels to shun violence and join the political system.",
    "Tuesday, the United States urged the monarch to return to democracy by initiating a dialogue with Nepal's political parties.",
    "The king seized power one year ago, blaming the previous government for failing to stop a nearly decade-long Maoist insurgency.")

# VOA News (Nancy-Amelia Collins), 24 May 2006, repost on yingyuke.net: https://yingyuke.net/a/157724.html
TEXTS['voa_2006_05_24_east_timor_troop_request'] = P(
    "Australia and New Zealand have agreed to send troops to East Timor after receiving a request from the capital, Dili, to help quell an uprising by rebel soldiers. East Timor has also asked Malaysia, and Portugal to send troops to help put an end to ongoing violence between its military and disgruntled former soldiers.",
    "East Timorese Foreign Minister Jose Ramos Horta said Wednesday that both Australia and New Zealand have pledged to send troops immediately, to disarm troops and police that were, as he put it, \"rebelling against the state.\"",
    "Ramos Horta told reporters in the Timorese capital, Dili, that troops from the two countries would start arriving as early as Thursday morning. Australian Foreign Minister Alexander Downer says Canberra is concerned about the escalating violence.",
    "\"There's been some report of some fighting during the course of this morning around the military barracks area just outside Dili. We are actually very concerned about the security situation there,\" said Downer. \"There is no sign of it getting better at this stage.\"",
    "More than 10 East Timorese have been killed or wounded in violence perpetrated by soldiers who were dismissed in March, after complaining of discrimination and deserting.",
    "The dismissed soldiers say the military gives preferential treatment to soldiers from the eastern part of the country, where most of East Timor's independence fighters come from. They say because they come from the West, they are denied promotions.",
    "After weeks of protests, the dismissed soldiers rioted last month in Dili. Five people were killed then and thousands of residents fled to nearby villages to escape the violence.")

# VOA News (Lisa Ferdinando), 14 July 2006, repost on tingroom.com: https://tingroom.com/mobile/index.php?aid=33425&mid=3
TEXTS['voa_2006_07_14_haiti_peacekeepers_injured'] = P(
    "The U.N. mission in Haiti says three U.N. peacekeepers have been injured in a clash with gangs in the capital, Port-au-Prince. The latest violence comes a week after gang violence claimed the lives of more than 20 people in the city. From our Miami bureau, VOA's Lisa Ferdinando reports on the latest developments.",
    "U.N. troops in Haiti exchanged gunfire with gang members early Thursday morning.",
    "A spokesman with the U.N. stabilization mission in Haiti, Major Anibal Molero, says the clash occurred as peacekeepers went to clear a roadblock.",
    "\"The roadblock was made with a school bus, which was tipped over,\" he said. \"As we approached, we were shot at by unknown individuals. As self-defense, we shot back with the precise force used against us.\"",
    "The United Nations has increased its patrols since gang violence late last week in Port-au-Prince, in which more than 20 people were killed and a number of others injured.",
    "In an earlier interview with VOA, the communications chief for the U.N. stabilization mission in Haiti, David Wimhurst, expressed deep concern about last week's deadly violence, which came months after the election of Rene Preval as president.",
    "\"This is a very disturbing development, because it means the gangs are now back in the business of violence, which they sort of indicated they were going to stop doing, once the president was elected,\" he said. \"Also, they are back in the business of kidnapping.\"")

# VOA News (Ron Corben), 7 September 2006, repost on tingroom.com: http://www.tingroom.com/voastandard/2006/9/34295.html
TEXTS['voa_2006_09_07_thailand_south_army_approach'] = P(
    "Thailand's armed forces, grappling for almost two years with an insurgency in the southern provinces, are looking for fresh avenues to peace, including talks, in a bid to end the bloodshed. But, rebuilding trust among Thai Muslims in the south remains a challenge.",
    "Seeking an end to the violence in Thailand's southern provinces, army chief General Sondhi Boonyaratglin recently called for talks with Muslim insurgent leaders.",
    "General Sondhi's call followed a coordinated bomb attack during the lunch hour rush on 22 banks in Yala that left one man dead and more than two dozen wounded.",
    "An almost daily toll of violence since early 2004 has continued despite the presence of up to 20,000 troops in the three provinces. The bloodshed has left more than 1,500 people dead.",
    "Lieutenant General Vaipot Srinual, a member of the Armed Forces Security Center within the army's Supreme Command Headquarters, says all avenues to establish peace need to be explored.")

# VOA News (Margaret Besheer), 4 June 2007, repost on yingyuke.net: https://yingyuke.net/a/226852.html
TEXTS['voa_2007_06_04_lebanon_sidon_ein_el_hilweh'] = P(
    "Lebanese troops continued fighting Islamic militants in a northern Palestinian refugee camp and clashed with another group in a southern camp Monday. The new violence has sparked concerns that the fighting that began three weeks ago in the northern camp could spread to more of Lebanon's 12 refugee camps. From Beirut, VOA's Margaret Besheer has more.",
    "As the Lebanese Army kept up its offensive against Fatah al-Islam militants near the northern city of Tripoli, a new front was opened about 100 kilometers to the south.",
    "Gun battles first flared Sunday evening in the southern city of Sidon, near Ein al-Hilweh, Lebanon's largest Palestinian refugee camp, after militants from another group, Jund al-Sham, threw a hand grenade at an army checkpoint wounding five people.",
    "Sporadic fighting continued overnight and resumed briefly Monday. Authorities say two Lebanese soldiers and two militants were killed in the clashes.",
    "Sidon's residents stayed indoors and the city's usually bustling streets were quiet as many shops closed for the day.",
    "Concerns have been high that fighting would spread to one or more of Lebanon's Palestinian refugee camps since the army took on Islamic militants at the northern Nahr el-Bared camp 16 days ago. Fighting at that camp has displaced thousands of Palestinians who have relocated to some of the country's 11 other refugee camps.",
    "Lebanese parliament member from Sidon, Bahia Hariri, said Palestinian officials and the Lebanese army are working to quickly contain the situation.",
    "Hariri told Lebanese television that there is a Lebanese-Palestinian decision not to let this escalate because it would have severe repercussions for both sides.")

# VOA News (Selah Hennessy), 5 September 2007, repost on tingroom.com: https://tingroom.com/voastandard/2007/9/43038.html
TEXTS['voa_2007_09_05_drc_north_kivu_sake_monuc'] = P(
    "Residents in eastern Congo say the United Nations peacekeeping mission is not doing enough to stop the clashes that erupted this week between the army and renegade forces. The fighting has left dozens dead, and forced thousands of people to flee eastern villages. Selah Hennessy has this report from our VOA West and Central Africa bureau in Dakar.",
    "Julien Paluku is the governor of the eastern region North Kivu, which has been at the center of the unrest.",
    "He said on Wednesday some citizens in the town of Sake formed a blockade, refusing to allow U.N. troops from the peacekeeping force MONUC to leave.",
    "He says the population was angry because they thought the MONUC troops were returning to their barracks while there was still fighting going on.",
    "The citizens said that the troops should return to where the fighting was taking place.",
    "Paluku says it is important that the population has trust in the U.N. and that everyone works together to bring calm to the region.",
    "MONUC military spokesman Gabriel de Brosses says people must understand that U.N. troops do not have a mandate to engage in combat.",
    "\"The population expectation is to see probably MONUC playing a more offensive role on the terrain but that is definitely not our mandate,\" said Brosses. \"We are not carrying out joint operations with the Congolese army.\"")

# VOA News (Barry Newhouse), 24 October 2007, repost on tingroom.com: http://tingroom.com/mobile/index.php?aid=45942&mid=3
TEXTS['voa_2007_10_24_pakistan_swat_paramilitary_deployment'] = P(
    "Pakistan's military says it has sent more than 2,000 paramilitary troops to reinforce security forces in Swat district, a stronghold of pro-Taliban groups in the country's northwest. VOA's Barry Newhouse reports from Islamabad.",
    "The new contingents of paramilitary troops are said to be erecting barricades and checkpoints in the scenic Swat valley, where a series of recent bloody attacks on police and government leaders has been carried out by alleged pro-Taliban militants.",
    "Pakistan's military spokesman, Major General Wahid Arshad, says the police and military forces in Swat have lacked the capacity to ensure security. He says commanders sent the new forces into the region Tuesday to help stabilize the situation.",
    "\"Well it's paramilitary forces which have been deployed in the area - in the district of Swat - to ensure security for the people there, to improve the law-and-order situation,\" said Arshad. \"So that this band of criminals are taken to task and they are prevented from terrorizing innocent people there.\"",
    "Militants responded to the deployment Tuesday by detonating a remote-controlled bomb near a convoy heading into the valley, slightly wounding four troops.",
    "The main object of the deployment appears to be a Muslim cleric, Maulana Fazlullah, and the Islamist group he heads, the Movement for the Implementation of Islamic Law. The group is also known as TNSM, the initials of its Urdu name.",
    "TNSM sent hundreds of troops into Afghanistan in 2001 to help the Taliban government then in power against the U.S.-led invasion of that time. The group was later outlawed by Pakistani President Pervez Musharraf.",
    "News reports say Fazlullah has gained popularity in the northwest in recent months through radio broadcasts that discourage education for women and criticize the government.")

# VOA News (Anjana Pasricha), 28 November 2007, repost on m.tingroom.com: https://m.tingroom.com/index.php?aid=50333&mid=3
TEXTS['voa_2007_11_28_sri_lanka_colombo_two_bombs'] = P(
    "Two separate bomb attacks in Sri Lanka's capital Colombo blamed on Tamil Tiger rebels have killed at least 19 people, including a female suicide bomber. The attacks came a day after the head of the country's Tamil rebels ruled out hopes for a political settlement to the ethnic conflict that has raged for a quarter of a century. Anjana Pasricha reports from New Delhi.",
    "Police say a handicapped woman blew herself up Wednesday morning after security personnel stopped her from entering the offices of Social Welfare Minister Douglas Devananda in Colombo. One of his staff members was killed and two others were injured. The woman, who was apparently wearing a bomb vest, also died.",
    "The woman had been allowed into the complex with other people who had come for a weekly open meeting to discuss their problems with the minister - the apparent target of the attack.",
    "Devananda heads a party representing Sri Lanka's Tamil ethnic minority (the Eelam People's Democratic Party). He once fought alongside the Tamil Tiger rebel group, but renounced violence and joined the political mainstream in 1987.",
    "Police have blamed Wednesday's attack on the rebels, officially known as the Liberation Tigers of Tamil Eelam, or LTTE. The attack came just a day after the LTTE chief, Vellupillai Prabhakaran, said in an annual radio address that peace efforts with the Sinhalese-dominated government are a waste of time.",
    "He described the government as \"genocidal\", and accused it of aiming to destroy the Tamil community.",
    "Political analyst Rohan Edresinghe of Colombo's independent Center for Policy Alternatives says the message from the rebel chief is clear: there is no hope of a political settlement between the government and the rebels.")

# VOA News, 11 December 2007, repost on yingyuke.net: https://yingyuke.net/a/231153.html
TEXTS['voa_2007_12_11_algeria_algiers_un_bombings'] = P(
    "Al-Qaida's North African wing has claimed responsibility for two deadly car bomb blasts Tuesday outside U.N. offices and a government building in Algeria's capital.",
    "Algerian government officials say at least 26 people were killed and 177 others wounded in the blasts in Algiers. Hospital officials have put the death toll at more than 60.",
    "Among the dead and wounded are students who were on a school bus near the constitutional court building, the site of one of the explosions.",
    "The blasts destroyed the offices of the U.N. Development Program and damaged the offices of the U.N. High Commissioner for Refugees.",
    "Algerian Interior Minister Noureddine Yazid Zerhouni says a suicide bomber was responsible for one of the attacks.",
    "A U.N. spokeswoman in New York, Marie Okabe says 11 U.N. staff members are believed to be dead, and others are still missing.",
    "U.N. Secretary-General Ban Ki-moon condemned the attacks in the \"strongest possible terms.\"",
    "French President Nicolas Sarkozy and other European leaders condemned the bombings.",
    "The White House called the blasts a case of \"senseless violence\" and said they were carried out by \"enemies of humanity who attacked the innocent.\" The U.S. State Department says the United States stands with the government of Algeria, and is ready to provide assistance.",
    "Al-Qaida's North African wing says it carried out Tuesday's bombings in a statement posted on a militant Web site.",
    "Algerian militants linked to al-Qaida have carried out a series of attacks in the country this year, including suicide bombings that killed 33 people in Algiers in April.",
    "Algerian Islamists rose up against the government in 1992 when it scrapped elections that an Islamic party was poised to win.")

# VOA News (Kari Barber), 26 December 2007, repost on tingroom.com: http://www.tingroom.com/voastandard/2007/12/51767.html
TEXTS['voa_2007_12_26_drc_offensive_against_nkunda'] = P(
    "The government of the Democratic Republic of Congo has launched an offensive to root out renegade General Laurent Nkunda and other rebels who control parts of the country's east. Efforts to integrate the general and his rebels into the regular army have fallen apart, and now the military has taken up arms. Kari Barber has more.",
    "Congo's army has had to pull back its forces on several occasions as General Laurent Nkunda's rebels advanced, retaking villages the government had captured from them only days before.",
    "The back-and-forth battle pits 20,000 government soldiers -- with the backing of the United Nations -- against about 4,000 Nkunda loyalists.",
    "Congolese Army Colonel Delphin Kahimbi says Nkunda must turn in his fighters and himself to become part of the regular army. \"Anytime now if he accepts it, to give soldiers up, it is finished and the offensive can stop.\"",
    "Nkunda says he is protecting his ethnic Tutsi minority group from Hutu rebels in the area, some of whom he blames for the 1994 genocide in Rwanda.",
    "It is the civilians who suffer here. They are constantly on the move, fleeing the fighting.",
    "On a hillside above the town of Mushake, villagers wait to see if it is safe to go home. The government recaptured the town just days before.",
    "Villager Mberiko Mwazo recalls, \"I remember when the rebels came and they were chasing people and raping women and we ran away.\"")

# VOA News (bilingual repost), January 2008, on tingroom.com: http://www.tingroom.com/print_117060.html
TEXTS['voa_2008_01_14_thailand_narathiwat_ambush'] = P(
    "At least eight soldiers are dead after what authorities in Thailand say was an attack by Islamic militants in the country's south.",
    "Thai army officials say the soldiers were ambushed after escorting a group of teachers to a school in Narathiwat Province.",
    "Officials say a roadside bomb exploded as the soldiers' vehicle passed, then gunmen peppered the soldiers with gunfire, and beheaded the body of one of the soldiers.",
    "It was the first major attack in several months on government forces in the south, where an Islamic separatist insurgency has killed an estimated 2800 people since it flared in 2004.",
    "The government has deployed 40,000 troops, captured suspected militants, and restructured its operations in the region during the past year. In recent months, the number of large coordinated attacks has decreased.",
    "But observers say the ambush shows that the insurgency is not going away. Professor Panitan Wattanayagorn, an expert on security in southern Thailand at Chulalongkorn University in Bangkok, says the military is bracing for more attacks.")

# VOA News (Nico Colombant), 7 February 2008, repost on tingroom.com: https://tingroom.com./voastandard/2008/2/53444.html
TEXTS['voa_2008_02_07_chad_curfew_eu_force'] = P(
    "Chad's government has ordered a curfew for the capital and six provinces in the interior as its army tries to chase down rebels who nearly toppled the president. Opposition leaders have been jailed in N'Djamena, while tens of thousands of civilians have fled to Cameroon. VOA's Nico Colombant reports from our West, Central Africa bureau in Dakar.",
    "The curfew will cover N'Djamena as well as eastern and northern provinces.",
    "The decision came as military officials said soldiers were trying to hunt down rebels before they returned to their bases in Sudan.",
    "The army says it controls all of Chad, but rebels say they still control northern, central and eastern parts. Some admit they are running out of fuel, ammunition and food, but say they could have taken power if France had not intervened militarily.",
    "Some reports say a large convoy of rebels was believed to be located about 400 kilometers northeast of the capital.",
    "The European Union had just begun deploying a peacekeeping force along Chad's border with Sudan when the rebel incursion started last week. An EU spokesman said those efforts are now expected to resume next week.",
    "European officials say the aim of the force is to provide security for hundreds of thousands of people displaced by the fighting in Sudan's Darfur region, Chad and the Central African Republic. 3,700 peacekeepers are due to deploy in both Chad and the CAR.",
    "Chadian President Idriss Deby says help is not coming soon enough.",
    "Speaking on French private radio, he said it would have been nice if the European force had already been present. He says Chad's army has been trying to secure the refugee camps, and the effort has weakened its ability to defend the rest of the country against rebels.",
    "During the interview, Mr. Deby called the rebels bandits, thieves, Islamic extremists and Sudanese-backed mercenaries who would probably attack again.")

# VOA News (Ricci Shryock), August 2008, repost on yingyuke.net: https://yingyuke.net/a/158469.html
TEXTS['voa_2008_08_19_algeria_issers_police_school'] = P(
    "Algeria's Interior Ministry says a suicide car bombing in front of a police school near Algiers has killed more than 40 people and injured dozens more. Ricci Shryock has more from our West Africa regional bureau in Dakar.",
    "Young Algerians were waiting in line to register at the local police academy when a suicide car bomb exploded Tuesday morning.",
    "According to witnesses, the front of the academy's building was blown away, surrounding trees were torn apart and windows were shattered in nearby stores.",
    "The attack occurred in the Les Issers district of Boumerds, more than 50 kilometers east of the country's capital.",
    "This is the third suicide bombing attack this month in Algeria.",
    "Although no group has yet claimed responsibility for Tuesday's attack, London-based David Hartwell, the North Africa editor for Jane's Country Risk, says attacks by the al-Qaida north African branch are on the rise.",
    "\"That group has become much more active in the last two years,\" he said. \"The number of attacks have increased, although this is from quite a low base. The attacks have become much more spectacular. The attacks have become much more targeted against institutions of the Algerian state.\"",
    "Hartwell says the roots of al-Qaida in Algeria stem from the country's recent civil war between the military and Islamic radicals. He says Algeria's type of terrorism is a matter of radical Sunnis trying to overthrow a moderate Islamic state, and not attacks against foreign interests.")

# VOA News (Nico Colombant), August 2008, repost on tingroom.com: https://tingroom.com./voastandard/2008/8/61534.html
TEXTS['voa_2008_08_20_algeria_bouira_bombings'] = P(
    "Two more deadly car bombings have rocked Algeria, killing at least 11 people according to state radio. This follows a suicide car bomb attack on Tuesday which officials say killed more than 40 people and injured 45. VOA's Nico Colombant has more from our West Africa bureau in Dakar.",
    "The latest attacks took place early Wednesday in the city of Bouira, more than 100 kilometers southeast of Algiers.",
    "One of the attacks targeted a bus close to a hotel, while another car exploded near military headquarters.",
    "Residents said they heard the blasts hundreds of meters away. A night guard said the hotel's windows were shattered.",
    "The center of Bouira was immediately cordoned off.",
    "Officials say the area between the capital Algiers, Bouira and the cities of Tizi Ouzou and Boumerdes, has become a quadrilateral of death.",
    "They suspect members of the Islamic Maghreb branch of al-Qaida were behind the attacks.",
    "The Middle East and North Africa editor for the Jane's Country Risk publication, David Hartwell, says terrorism in Algeria came about this decade after the end of the country's civil war. He says radical elements of former rebel groups, the Armed Islamic Group, known as the GIA, and the Salafist Group for Preaching and Combat, known as the GSPC, have morphed into terrorists.",
    "\"The groups were slowly whittled down to sort of a rump of maybe 100 terrorists in each group,\" he said.")

# VOA News (bilingual repost 'VOA双语新闻', January 2009) on yingyuke.net: https://yingyuke.net/a/223320.html
TEXTS['voa_2009_01_04_kashmir_mendhar_forest_battle'] = P(
    "Fighting between suspected Muslim militants and Indian troops in a forest area of Indian administered Kashmir has entered its fourth day on Sunday. The violence close to the line of control has claimed seven lives, including three security personnel.",
    "Fighting between Indian security forces and suspected Muslim militants resumed at dawn Sunday after a night-long break. The violence began on Thursday, when Indian troops attacked suspected militant hideouts in a mountainous forest area near Mendhar in Poonch district of Indian administered Kashmir.",
    "The area is close to the line of control that divides Kashmir between India and Pakistan. Officials say four militants have been killed in the fighting so far while two troops and a special police officer have also been killed.",
    "The special police officer Naresh Kumar was the last to die on Saturday. The Indian wire agency Press Trust of India quoted unnamed officials as saying that up to ten militants were hiding in the area including some top commanders of two to three Muslim militant groups. It reported that heavy fog and low visibility were prolonging the encounter.")

# VOA News (bilingual repost 'VOA双语新闻'), January 2010, on tingroom.com: https://tingroom.com/print_127637.html
TEXTS['voa_2010_01_19_haiti_un_reinforcements'] = P(
    "The U.N. Security Council has authorized a request from the U.N. chief for as many as 3,500 new peacekeepers and police to be sent to Haiti. This will boost the U.N. force in Haiti to more than 12,000.",
    "Chinese Ambassador Zhang Yesui said the council's unanimous decision to authorize 1,500 more police and 2,000 troops for the next six months demonstrates the importance it attaches to supporting the post-disaster situation in Haiti.",
    "\"We believe that the adoption of this resolution will facilitate more effectively the implementation by MINUSTAH of important tasks, to maintain peace and stability in Haiti, to support disaster relief efforts, and to help restore capacity-building and post-disaster reconstruction,\" Zhang said.",
    "MINUSTAH is the French acronym for the U.N. stabilization mission in Haiti.",
    "After the vote, U.N. chief Ban Ki-moon told reporters these are extraordinary times that call for extraordinary measures and decisiveness. He said the Council's decision to approve his request for more peacekeepers sends the message to the people of Haiti that the world is with them.")

# VOA Special English (In the News), April 2011: http://learningenglish.voanews.com/content/in-ivory-coast-the-great-cost-of-conflict-119095494/130900.html
TEXTS['voa_le_2011_04_01_ivory_coast_cost_of_conflict'] = P(
    "Ivory Coast gained independence from France in nineteen sixty. It grew into one of the wealthiest countries in West Africa through cocoa exports and foreign investments.",
    "But its latest political crisis has come at great cost. The United Nations says several hundred people have been killed since early December. As many as one million have fled their homes, mostly in Abidjan, the main city. Some have fled west to Liberia or east to Ghana.",
    "On Friday, the UN human rights office expressed concern about unconfirmed reports of kidnapping and abuse of civilians by fighters loyal to Alassane Ouattara. He is the internationally recognized winner of the presidential election last year. But President Laurent Gbagbo refuses to accept the results.",
    "A UN human rights spokesman, Rupert Colville, said most of the reports were from western Ivory Coast.",
    "RUPERT COLVILLE: \"Initially, most of the abuses, if not all the abuses, were by the forces in support of Laurent Gbagbo, former president. But recently there's been an increase of retaliatory attacks by people on the other side, including a slightly mysterious group called the Invisible Commandos who've been operating against Gbagbo.\"",
    "The International Committee of the Red Cross said civilians trapped by the fighting have been unable to get food, water or medicine. The Red Cross has appealed for an additional sixteen million dollars to help people entering Liberia.",
    "Fighters loyal to Mr. Ouattara moved into Abidjan on Thursday after a quick offensive through Ivory Coast. Pro-Gbagbo forces surrendered the airport to the nearly ten thousand United Nations peacekeeping troops in the country.",
    "Mr. Ouattara called for the support of all government troops.")

# VOA Learning English (As It Is), 14 July 2017, repost on hxen.net: http://hxen.net/englishlistening/voaenglish/AS_IT_IS/20170714/472644.html
TEXTS['voa_le_2017_07_14_philippines_vietnamese_hostages'] = P(
    "A third Vietnamese hostage held by Islamic militants in the Philippines has been killed.",
    "Filipino General Cirilito Sobejana confirmed Thursday that troops found the body of Viet Van Tran after a weekend battle between troops and Abu Sayyaf militants. The fighting also left four militants and a soldier dead.",
    "The body was found in the southern island province of Sulu. News reports quoted Sobejana as saying the victim had suffered \u201cmultiple gunshot wounds.\u201d He said it was not known whether the hostage was killed during fighting or was shot by his captors.",
    "The victim was the latest Vietnamese hostage to be killed while in custody of the Abu Sayyaf group. Last week, two Vietnamese hostages were found beheaded on the southern island of Basilan. Another Vietnamese hostage was shot by the captors earlier this year.",
    "All victims were working as crew members aboard two cargo ships when they were captured by Abu Sayyaf militants. One incident happened last February, the other in November 2016.",
    "One of the Vietnamese hostages escaped captivity in Basilan last month. But seven others are still being held by the militant group.",
    "Abu Sayyaf is currently holding a total of 21 hostages, including 15 foreigners, according to Philippine military officials.",
    "Abu Sayyaf was formed in the 1990s with financial assistance from al Qaeda. It split into a collection of factions in the mid-2000s and is now believed to include about 400 members. Several factions have declared allegiance to the Islamic State in recent years.",
    "The Counter Extremism Project says Abu Sayyaf operates from the Sulu Sea islands in the mostly Muslim southern Philippines. It seeks to set up an independent Islamic state in the region.",
    "Philippine troops have been battling Muslim rebels with ties to Abu Sayyaf in the country\u2019s south for the past two months.",
    "The troops are searching for Isnilon Totoni Hapilon, a top leader of the Abu Sayyaf group for the past 20 years.")

# VOA News (Gilbert da Costa), 25 January 2007, repost on yingyuke.net: https://yingyuke.net/a/158233.html
TEXTS['voa_2007_01_25_nigeria_bayelsa_chinese_workers'] = P(
    "Suspected armed militants attacked a Chinese oil company in the Southern Nigeria state, Bayelsa, Thursday, kidnapping at least two Chinese workers. From Abuja, Gilbert da Costa reports the latest hostage-taking is adding to growing concerns about violence in the region.",
    "Bayelsa State Police Commissioner Hafiz Ringim confirmed the attack. He says one of the assailants died, following a shoot-out with security forces.",
    "He told VOA the gunmen also broke into the finance offices of the China Petroleum Company and stole some money.",
    "\"There was an attack in the morning, about two, three people kidnapped,\" he said. \"It happened six in the morning, barely four, five hours ago. They [attackers] burgled the accounts office, but one militant was killed.\"",
    "Some 100 hostages - mainly workers in the oil industry - have been kidnapped in the Niger Delta, in the past year.",
    "Thursday's abduction was the second involving Chinese this month in the restive oil-rich region.",
    "Five Chinese telecom workers seized by unidentified gunmen on January 5 were released last week.",
    "Separatist groups fighting for a greater share of Nigeria's oil wealth have stepped up their campaign to cripple the multi-billion-dollar industry.",
    "Hostages are often released after a few days or weeks in captivity, with the payment of ransom. A group of 24 Filipinos, abducted last week, is still being held.",
    "Persistent violence in the Niger Delta has hampered oil production in the region, cutting output by a quarter.")

# VOA News (Kari Barber), 26 October 2007, repost on yingyuke.net: https://yingyuke.net/a/215634.html
TEXTS['voa_2007_10_26_nigeria_offshore_eni_kidnapping'] = P(
    "Italian oil giant Eni has confirmed that six workers were taken in an attack on an offshore facility in Nigeria's Niger Delta on Friday morning. Some say a recent upsurge in attacks following a period of ceasefire could hamper efforts to create dialogue between the new government of President Umaru Yar'Adua and the militants. Kari Barber has more from our West Africa bureau in Dakar.",
    "Eni has confirmed that unidentified gunmen in speedboats took the workers after boarding a company supply boat and then climbing aboard an offshore oil production facility. The company says those taken were Nigerian, Polish and Filipino citizens and one Nigerian worker was injured.",
    "Nigerian security officials contacted for this report were not able to confirm the details of the attack.",
    "The kidnapping follows a hostage taking Saturday in which seven Shell company workers were taken and held for two days. Militant group Movement for the Emancipation of the Niger Delta (MEND) claimed responsibility for Saturday's attack, but it is still unclear who was behind the attack Friday.",
    "Militants claim they are fighting for more local control of the region's oil wealth. They have launched a campaign of kidnappings and attacks.",
    "The recent attacks follow a five-month ceasefire after the inauguration of new President Umaru Yar'Adua. Mr. Yar'Adua promised in his inauguration speech to address grievances in the turbulent region.",
    "Port Harcourt-based Non-violence in the Niger Delta organization head Kennedy West has been working to create dialogue between the militants and the government. He says the attacks make it difficult for those militants who want to negotiate.")

# VOA News (Gilbert da Costa), 8 December 2006, repost on tingroom.com: http://www.tingroom.com/print_36025.html
TEXTS['voa_2006_12_08_nigeria_mend_four_workers_seized'] = P(
    "A militant group in Nigeria is threatening to launch more attacks on the oil industry, a day after it seized four foreign oil workers. Gilbert da Costa in Abuja reports for VOA that Nigerian officials say they have established contact with the kidnappers.",
    "Security officials have intensified their efforts to secure the release of the four kidnapped oil workers in the Bayelsa region. Militants of the Movement for the Emancipation of the Niger Delta, known as MEND, claimed responsibility for Thursday's attack.",
    "Joshua Benamasia, who heads the Bayelsa state-sponsored group that monitors attacks on the oil industry, says contact has been established with the kidnappers.",
    "\"We have made contact,\" he said. \"They say they will get back to us. We have gotten phone contact. We've also been able to realize that the people [hostage-takers] are in Rivers state, in the Kalabari area of Rivers state.\"",
    "At least one person was killed in the shootout at an offshore oil facility early Thursday. MEND says it will launch further attacks on Nigeria's oil industry in the coming days.",
    "Sam Oyadonho, a journalist in Bayelsa, says the group is responsible for other attacks.")

# VOA News (Sarah Simpson), 1 June 2007, repost on tingroom.com: http://www.tingroom.com/print_38845.html
TEXTS['voa_2007_06_01_nigeria_port_harcourt_kidnapping'] = P(
    "At least three foreigners have been kidnapped by gunmen and two people injured in Nigeria's southern oil city of Port Harcourt Friday. The incident comes days after new President Umaru Yar'Adua called for an end to violence in the delta to allow for a period of discourse. Sarah Simpson reports from Lagos.",
    "Police say the victims were snatched early Friday by unidentified but well armed gunmen who raided a residential compound where the workers were staying in Port Harcourt.",
    "Rivers State spokeswoman Irejua Barasua says at least three foreign workers were abducted and two people - possibly police officers - were caught up in the cross-fire.",
    "Barasua said that the gunmen may have taken off with more than three hostages, but she could not confirm details.",
    "This is the first kidnapping to take place since the country's new President Umaru Yar'Adua made an appeal for calm in the delta at his inauguration on Tuesday.",
    "Mr. Yar'Adua is hopes dialogue will end a crisis that has forced oil companies to cut production by 25 percent. He plans to hold a Niger Delta Summit in the capital Abuja on Monday and has promised action to resolve the crisis within his first 100 days in office.",
    "The nationality of the victims was not immediately clear, though police said they were foreign nationals, possibly of Asian origin.",
    "Foreign workers have become prized targets for gun-toting militant and criminal groups operating in the oil-rich region.",
    "Jomo Gbomo is the nickname of one of the main militant groups' spokesman. He told VOA in an e-mail - the only means of communication he will use with journalists - that the president's promises of dialog were \"nothing new.\" He said, \"We want action and not more talk.\"",
    "Gbomo's group, the Movement for the Emancipation of the Niger Delta, or \"MEND,\" has staged many of the attacks on oil installations.")

# VOA News (David Gollust), 4 December 2009, repost on tingroom.com: http://tingroom.com/voastandard/2009/12/89527.html
TEXTS['voa_2009_12_04_afghanistan_nato_7000_pledge'] = P(
    "Twenty-five NATO countries and other contributors to the International Security Assistance Force in Afghanistan have pledged about 7,000 additional troops to supplement the new U.S. force commitment to Afghanistan. Secretary of State Hillary Clinton welcomed the new commitment to the Afghan conflict, which she termed a \"critical test for NATO.\"",
    "The pledges announced by NATO Secretary-General Anders Fogh Rassmussen fall short of the 10,000 additional troops that Pentagon officials hoped for.",
    "But the NATO chief said it underlines the solidarity of the 44 ISAF countries and will have a \"powerful effect on the ground.\"",
    "The announcement followed a closed-door briefing for NATO foreign ministers by Secretary Clinton on the new Afghan strategy announced by President Barack Obama earlier this week.")

# VOA Learning English (In the News), February 2014, repost on tingroom.com: https://tingroom.com/mobile/?aid=248554&mid=3
TEXTS['voa_le_2014_02_22_car_ban_3000_troops'] = P(
    "United Nations Secretary-General Ban Ki-moon has appealed for international action to stop religious violence in the Central African Republic. Mr. Ban asked the Security Council on Thursday to deploy at least 3,000 more troops to the country within the coming days and weeks. He said, \"When innocent civilians are being murdered in large numbers, deliberately targeted in the most brutal fashion, simply because of who they are, the world must act.\"",
    "More than 7,000 African Union and French forces are already in the country. The European Union has promised to send another 1,000 soldiers. The Central African Republic is a former French colony.",
    "This week, Mr. Ban also proposed $38 million in financial and other aid for the AU forces. He worries the religious violence could turn into genocide. The unrest began a year ago after Muslim rebels ousted the president, Francois Bozize. His overthrow and resulting violence led to a majority Christian militia. Its members are accused of carrying out attacks against Muslim civilians. Since December, hundreds of people have died in clashes between Muslims and Christians. Tens of thousands have fled the country in the past month.")
