package org.taipan.stdlib.core.os;

import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyDict;
import org.taipan.object.PyModule;

/**
 * The {@code errno} module, CPython's {@code Modules/errnomodule.c}: Linux's error numbers, and
 * {@code errorcode} mapping each number to its name (for numbers with two names, the name CPython
 * keeps).
 */
@PythonModule(
    value = "errno",
    doc = "This module makes available standard errno system symbols.\n"
        + "\n"
        + "The value of each symbol is the corresponding integer value,\n"
        + "e.g., on most systems, errno.ENOENT equals the integer 2.\n"
        + "\n"
        + "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
        + "e.g., errno.errorcode[2] could be the string 'ENOENT'.\n"
        + "\n"
        + "Symbols that are not relevant to the underlying system are not defined.\n"
        + "\n"
        + "To map error codes to error messages, use the function os.strerror(),\n"
        + "e.g. os.strerror(2) could return 'No such file or directory'.")
public final class ErrnoModule {
  private ErrnoModule() {}

  /** {@code name=number,...} in the module's order. */
  private static final String NAMES =
      "ENODEV=19,ENOCSI=50,EHOSTUNREACH=113,ENOMSG=42,EUCLEAN=117,EL2NSYNC=45,EL2HLT=51,ENODATA=6"
      + "1,ENOTBLK=15,ENOSYS=38,EPIPE=32,EINVAL=22,EOVERFLOW=75,EADV=68,EINTR=4,EUSERS=87,ENOTEMPTY"
      + "=39,ENOBUFS=105,EPROTO=71,EREMOTE=66,ENAVAIL=119,ECHILD=10,ELOOP=40,EXDEV=18,E2BIG=7,ESRCH"
      + "=3,EMSGSIZE=90,EAFNOSUPPORT=97,EBADR=53,EHOSTDOWN=112,EPFNOSUPPORT=96,ENOPROTOOPT=92,EBUSY"
      + "=16,EWOULDBLOCK=11,EBADFD=77,EDOTDOT=73,EISCONN=106,ENOANO=55,ESHUTDOWN=108,ECHRNG=44,ELIB"
      + "BAD=80,ENONET=64,EBADE=52,EBADF=9,EMULTIHOP=72,EIO=5,EUNATCH=49,EPROTOTYPE=91,ENOSPC=28,EN"
      + "OEXEC=8,EALREADY=114,ENETDOWN=100,ENOTNAM=118,EACCES=13,ELNRNG=48,EILSEQ=84,ENOTDIR=20,ENO"
      + "TUNIQ=76,EPERM=1,EDOM=33,EXFULL=54,ECONNREFUSED=111,EISDIR=21,EPROTONOSUPPORT=93,EROFS=30,"
      + "EADDRNOTAVAIL=99,EIDRM=43,ECOMM=70,ESRMNT=69,EREMOTEIO=121,EL3RST=47,EBADMSG=74,ENFILE=23,"
      + "ELIBMAX=82,ESPIPE=29,ENOLINK=67,ENETRESET=102,ETIMEDOUT=110,ENOENT=2,EEXIST=17,EDQUOT=122,"
      + "ENOSTR=60,EBADSLT=57,EBADRQC=56,ELIBACC=79,EFAULT=14,EFBIG=27,EDEADLK=35,ENOTCONN=107,EDES"
      + "TADDRREQ=89,ELIBSCN=81,ENOLCK=37,EISNAM=120,ECONNABORTED=103,ENETUNREACH=101,ESTALE=116,EN"
      + "OSR=63,ENOMEM=12,ENOTSOCK=88,ESTRPIPE=86,EMLINK=31,ERANGE=34,ELIBEXEC=83,EL3HLT=46,ECONNRE"
      + "SET=104,EADDRINUSE=98,EOPNOTSUPP=95,EREMCHG=78,EAGAIN=11,ENAMETOOLONG=36,ENOTTY=25,ERESTAR"
      + "T=85,ESOCKTNOSUPPORT=94,ETIME=62,EBFONT=59,EDEADLOCK=35,ETOOMANYREFS=109,EMFILE=24,ETXTBSY"
      + "=26,EINPROGRESS=115,ENXIO=6,ENOPKG=65,ENOMEDIUM=123,EMEDIUMTYPE=124,ECANCELED=125,ENOKEY=1"
      + "26,EKEYEXPIRED=127,EKEYREVOKED=128,EKEYREJECTED=129,EOWNERDEAD=130,ENOTRECOVERABLE=131,ERF"
      + "KILL=132,ENOTSUP=95";

  /** {@code number=name,...}: {@code errorcode}'s entries in its order. */
  private static final String CODES =
      "19=ENODEV,50=ENOCSI,113=EHOSTUNREACH,42=ENOMSG,117=EUCLEAN,45=EL2NSYNC,51=EL2HLT,61=ENODAT"
      + "A,15=ENOTBLK,38=ENOSYS,32=EPIPE,22=EINVAL,75=EOVERFLOW,68=EADV,4=EINTR,87=EUSERS,39=ENOTEM"
      + "PTY,105=ENOBUFS,71=EPROTO,66=EREMOTE,119=ENAVAIL,10=ECHILD,40=ELOOP,18=EXDEV,7=E2BIG,3=ESR"
      + "CH,90=EMSGSIZE,97=EAFNOSUPPORT,53=EBADR,112=EHOSTDOWN,96=EPFNOSUPPORT,92=ENOPROTOOPT,16=EB"
      + "USY,11=EAGAIN,77=EBADFD,73=EDOTDOT,106=EISCONN,55=ENOANO,108=ESHUTDOWN,44=ECHRNG,80=ELIBBA"
      + "D,64=ENONET,52=EBADE,9=EBADF,72=EMULTIHOP,5=EIO,49=EUNATCH,91=EPROTOTYPE,28=ENOSPC,8=ENOEX"
      + "EC,114=EALREADY,100=ENETDOWN,118=ENOTNAM,13=EACCES,48=ELNRNG,84=EILSEQ,20=ENOTDIR,76=ENOTU"
      + "NIQ,1=EPERM,33=EDOM,54=EXFULL,111=ECONNREFUSED,21=EISDIR,93=EPROTONOSUPPORT,30=EROFS,99=EA"
      + "DDRNOTAVAIL,43=EIDRM,70=ECOMM,69=ESRMNT,121=EREMOTEIO,47=EL3RST,74=EBADMSG,23=ENFILE,82=EL"
      + "IBMAX,29=ESPIPE,67=ENOLINK,102=ENETRESET,110=ETIMEDOUT,2=ENOENT,17=EEXIST,122=EDQUOT,60=EN"
      + "OSTR,57=EBADSLT,56=EBADRQC,79=ELIBACC,14=EFAULT,27=EFBIG,35=EDEADLOCK,107=ENOTCONN,89=EDES"
      + "TADDRREQ,81=ELIBSCN,37=ENOLCK,120=EISNAM,103=ECONNABORTED,101=ENETUNREACH,116=ESTALE,63=EN"
      + "OSR,12=ENOMEM,88=ENOTSOCK,86=ESTRPIPE,31=EMLINK,34=ERANGE,83=ELIBEXEC,46=EL3HLT,104=ECONNR"
      + "ESET,98=EADDRINUSE,95=ENOTSUP,78=EREMCHG,36=ENAMETOOLONG,25=ENOTTY,85=ERESTART,94=ESOCKTNO"
      + "SUPPORT,62=ETIME,59=EBFONT,109=ETOOMANYREFS,24=EMFILE,26=ETXTBSY,115=EINPROGRESS,6=ENXIO,6"
      + "5=ENOPKG,123=ENOMEDIUM,124=EMEDIUMTYPE,125=ECANCELED,126=ENOKEY,127=EKEYEXPIRED,128=EKEYRE"
      + "VOKED,129=EKEYREJECTED,130=EOWNERDEAD,131=ENOTRECOVERABLE,132=ERFKILL";

  @ModuleExec
  public static void exec(PyModule m) {
    PyDict errorcode = new PyDict();
    for (String kv : CODES.split(",")) {
      int eq = kv.indexOf('=');
      errorcode.put(Long.parseLong(kv.substring(0, eq)), kv.substring(eq + 1));
    }
    m.put("errorcode", errorcode);
    for (String kv : NAMES.split(",")) {
      int eq = kv.indexOf('=');
      m.put(kv.substring(0, eq), Long.parseLong(kv.substring(eq + 1)));
    }
  }
}
