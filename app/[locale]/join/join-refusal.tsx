import { LocaleLink } from "@/app/_components/locale-link";

/** The join page when there is no class to show: why, and the way to type a code. */
export function JoinRefusal({ title, message, typeCode }: { title: string; message: string; typeCode: string }) {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p role="alert">{message}</p>
      <LocaleLink href="/join" className="btn btn-primary">
        {typeCode}
      </LocaleLink>
    </div>
  );
}
