import { getTranslations } from "next-intl/server";
import { JoinRefusal } from "../join-refusal";

/** A join link whose code no class has (answered 404). */
export default async function UnknownJoinCode() {
  const t = await getTranslations("Join");
  return <JoinRefusal title={t("title")} message={t("unknownCode")} typeCode={t("typeCode")} />;
}
