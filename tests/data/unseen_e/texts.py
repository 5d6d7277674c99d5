"""Body texts of the unseen (e) articles, copied from the stored page copies (research search tool,
corpus "pages") and prepared as GUIDELINES section 1 says. build.py writes them to articles/<id>.txt."""

TEXTS = {}

TEXTS["voa_2008_10_10_pakistan_orakzai_jirga_bombing"] = (
    "Authorities in Pakistan say a suicide bomb attack has killed at least 30 people and injured scores of others in a northwestern tribal region near the Afghan border. From Islamabad, Ayaz Gul reports.\n\n"
    "Pakistani officials say that a meeting of several hundred pro-government tribesmen was in progress in the Orakzai region when the suicide bomber struck.\n\n"
    "More than 100 people are reported injured, and doctors fear the death toll could go up because some of the victims are in critical condition.\n\n"
    "Witnesses say the tribal council, or jirga, was organized to try to raise a militia group, known as a laskhar, to fight against Taliban and al-Qaida militants alongside Pakistani troops.\n\n"
    "Pakistani authorities have encouraged tribesmen in parts of the country's volatile northwest to take up arms against extremist forces in their areas.\n\n"
    "Experts, like former security chief of the Pakistani tribal region Mahmood Shah, say Friday's attack appears intended to discourage the anti-Taliban uprising. \"They are trying to target the elders of the tribes who can do so, and they are also trying to attack the institutions, which can initiate such actions like the jirga (council of tribal elders) and the laskhar (tribal militia). So, I think it will definitely have an impact on the people,\" he said.\n\n"
    "Local officials say that the suicide bomber hit the tribal council shortly after tribesmen had agreed to destroy a major militant base in the nearby village.\n\n"
    "The attack came a day after a suicide bomber blew himself up at the heavily guarded police headquarters in Islamabad, wounding eight security personnel. Late last month, a powerful suicide truck bombing at the Marriot Hotel in the capital city killed 55 people, including foreigners.\n\n"
    "Pakistani forces have recently intensified anti-insurgent operations in tribal areas, and officials believe that suicide attacks are a reaction to that policy."
)

TEXTS["wn_2009_09_18_pakistan_kohat_usterzai_bombing"] = (
    "A suicide bomber in a village in northwestern Pakistan has killed at least thirty people on Friday, according to a police official. Fifteen other people were wounded.\n"
    "The explosion occurred in Usterzai, near the town of Kohat. A two-story hotel and some vehicles near it were destroyed, and a nearby bazaar was also damaged. According to police, the bomb consisted of over three hundred pounds of explosive material. \"A suicide bomber blew up a car filled with explosives in the market,\" said policeman Ali Hasan.\n"
    "A police car that was dispatched after the explosion was attacked by Usterzai's residents, who were upset that the police did not provide sufficient security for the neighbourhood.\n"
    "Kohat is located in the Northwest Frontier Province of Pakistan, thirty miles south of Peshawar and a hundred miles west of the Pakistani capital Islamabad. The province is a home to many Taliban rebels, and there has been a significant amount of sectarian violence in the area."
)

TEXTS["afps_2010_04_30_afghanistan_82nd_airborne_battalion"] = (
    "A battalion of the 82nd Airborne Division's ready force that returned two months ago to support the Haiti humanitarian response mission is in the process of deploying again, this time to Afghanistan to train Afghan security forces.\n"
    "The first 200 soldiers of the 2nd Brigade Combat Team's 1st Battalion, 325th Airborne Infantry Regiment, left Fort Bragg, N.C., April 28, and the rest of the battalion will deploy over the coming days, Army Capt. Chris Brautigam, the brigade's public affairs officer, told American Forces Press Service.\n"
    "The \"Red Falcon\" battalion will operate as part of the International Security Assistance Force to train Afghan national security forces and provide increased security for the Afghan people, Brautigam said. The soldiers will be posted at multiple sites throughout Afghanistan, lending their expertise to help the Afghan security forces increase the capability they will need to ultimately take the lead for Afghan security.\n"
    "The 82nd Airborne Division headquarters and 4th Brigade already are serving in Afghanistan.\n"
    "The 2nd Brigade's 1st Battalion is leaving Fort Bragg without knowing precisely how long it will remain in Afghanistan. \"Those guys are prepared to stay as long as necessary to accomplish their mission and ensure that we meet the intent of the commander over there,\" Brautigam said.\n"
    "There's broad recognition within the United States as well as the coalition that overall success in Afghanistan depends heavily on success in building Afghanistan's security forces so they can ultimately take responsibility for their country's security. In addition to the U.S. forces deploying to support the training mission there, NATO and other international partners have pledged to provide more trainers. Some already are on the ground, and others are slated to arrive soon.\n"
    "Brautigam called the training mission a natural extension of what the 82nd Airborne's troops do every day."
)

TEXTS["voa_2013_05_21_afghanistan_herat_helmand_police"] = (
    "Officials in western Afghanistan say a roadside bomb has killed six police officers. Authorities say a vehicle the police were riding in was destroyed when it hit the bomb Tuesday in the Obe district of Herat province. The police were assigned to work as guards on a dam project. There was no claim of responsibility, but similar assaults often are blamed on the Taliban. Meanwhile, a Taliban offensive in southern Afghanistan has killed four police officers. Officials say a large number of Taliban fighters attacked several security checkpoints in Helmand province."
)

TEXTS["dvids_2014_05_27_afghanistan_oregon_41st_ibct_mobilization"] = (
    "BOISE, Idaho - The Oregon Army National Guard\u2019s 41st Infantry Brigade Combat Team is scheduled to mobilize three battalions to Afghanistan this summer as part of the regular rotational cycle of forces to provide security missions in support of Operation Enduring Freedom.\n\n"
    "United States Sen. Ron Wyden, D-Oregon, and Maj. Gen. Daniel Hokanson, adjutant general, Oregon, visited with deploying Soldiers, May 27, as they conducted pre-mobilization training at the Orchard Combat Training Center, an Idaho National Guard training facility located south of Boise, Idaho.\n\n"
    "Approximately 400 Soldiers will deploy with 2nd Battalion, 162nd Infantry, headquartered in Springfield, with companies also based in Corvallis, Gresham, and Hillsboro.\n\n"
    "Approximately 190 Soldiers will deploy with 1st Squadron, 82nd Cavalry, headquartered in Bend, with companies also in Klamath Falls, Lebanon, and Redmond.\n\n"
    "Approximately 275 Soldiers will deploy with 1st Battalion, 186th Infantry, headquartered in Ashland, with companies also based in Coos Bay, Grants Pass, Medford, Roseburg, and St. Helens.\n\n"
    "The units will complete deployment processing and training at Fort Bliss and Fort Hood, Texas, prior to departure for Afghanistan."
)

TEXTS["ng_2025_07_22_kosovo_oregon_41st_ibct_return"] = (
    "CLACKAMAS, Ore. - Soldiers from the Oregon Army National Guard's 41st Infantry Brigade Combat Team, or IBCT, returned home July 19 after a successful year-long deployment to Kosovo as part of the NATO-led Kosovo Force mission.\n\n"
    "A welcome home event at Camp Withycombe marked the homecoming for Soldiers participating in the Kosovo Force\u2019s, or KFOR's, 34th rotation. This mission has been crucial for maintaining peace and stability in the Balkans since 1999.\n\n"
    "About 300 Soldiers returned in two groups. The first group to return consisted primarily of Soldiers from the 2nd Battalion, 162nd Infantry Regiment, headquartered in Springfield, along with medical and support personnel from the 600-member task force that included Soldiers from Oregon, Idaho, West Virginia, New Jersey and Tennessee.\n\n"
    "Lt. Col. Joseph Twigg, commander of the 2nd Battalion, 162nd Infantry Regiment, addressed the returning Soldiers and their families.\n\n"
    "\"Over the past year, you stood watch in Kosovo as part of KFOR. You built partnerships, maintained stability, and represented the United States with professionalism and integrity,\" Twigg said. \"From the smallest patrol to the most complex multinational mission, you performed with discipline, heart and commitment.\"\n\n"
    "During their deployment, the Oregon Soldiers made significant contributions to the mission, said Col. Peter Helzer, commander of the 41st Infantry Brigade Combat Team."
)
