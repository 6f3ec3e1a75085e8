package dev.leadspec.codegen;

import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PRIVATE;
import static org.objectweb.asm.Opcodes.ACC_PROTECTED;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;
import static org.objectweb.asm.Opcodes.ACC_SUPER;
import static org.objectweb.asm.Opcodes.ACONST_NULL;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ARETURN;
import static org.objectweb.asm.Opcodes.ASTORE;
import static org.objectweb.asm.Opcodes.ATHROW;
import static org.objectweb.asm.Opcodes.BALOAD;
import static org.objectweb.asm.Opcodes.BASTORE;
import static org.objectweb.asm.Opcodes.CHECKCAST;
import static org.objectweb.asm.Opcodes.GETSTATIC;
import static org.objectweb.asm.Opcodes.GOTO;
import static org.objectweb.asm.Opcodes.H_INVOKESTATIC;
import static org.objectweb.asm.Opcodes.I2L;
import static org.objectweb.asm.Opcodes.IADD;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.ICONST_1;
import static org.objectweb.asm.Opcodes.ICONST_2;
import static org.objectweb.asm.Opcodes.IFEQ;
import static org.objectweb.asm.Opcodes.IFGE;
import static org.objectweb.asm.Opcodes.IFGT;
import static org.objectweb.asm.Opcodes.IFLE;
import static org.objectweb.asm.Opcodes.IFLT;
import static org.objectweb.asm.Opcodes.IFNE;
import static org.objectweb.asm.Opcodes.IF_ACMPNE;
import static org.objectweb.asm.Opcodes.IF_ICMPEQ;
import static org.objectweb.asm.Opcodes.IF_ICMPGE;
import static org.objectweb.asm.Opcodes.IF_ICMPNE;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.INVOKEINTERFACE;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;
import static org.objectweb.asm.Opcodes.IRETURN;
import static org.objectweb.asm.Opcodes.ISTORE;
import static org.objectweb.asm.Opcodes.L2I;
import static org.objectweb.asm.Opcodes.LAND;
import static org.objectweb.asm.Opcodes.LCMP;
import static org.objectweb.asm.Opcodes.LCONST_0;
import static org.objectweb.asm.Opcodes.LCONST_1;
import static org.objectweb.asm.Opcodes.LLOAD;
import static org.objectweb.asm.Opcodes.LOR;
import static org.objectweb.asm.Opcodes.LSHL;
import static org.objectweb.asm.Opcodes.LSTORE;
import static org.objectweb.asm.Opcodes.NEWARRAY;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.T_BOOLEAN;
import static org.objectweb.asm.Opcodes.V17;

import dev.leadspec.internal.Kleene;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.KeyRange;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Writes the class file of one contract version's generated evaluation: a subclass of
 * {@link dev.leadspec.eval.GeneratedEvaluation} whose {@code evaluate} binds each declared field
 * to locals (looked up by position against its name, kind-checked, codes matched by a hash
 * switch), evaluates each criterion in Kleene logic on those locals into the packed statuses and,
 * for an accepted lead, which table rows hold.
 *
 * <p>Every string and decimal of the contract reaches the class as class data, loaded by
 * {@code ldc} of a dynamic constant ({@link java.lang.invoke.MethodHandles#classDataAt}): nothing
 * of the contract is ever part of the class's code or names. The compilation of conditions
 * mirrors the interpreter's ({@code ConditionCompiler}) case for case; the differential
 * property in this module's tests holds them to the same results.
 */
final class ContractWriter {
  /** The hidden class's name; the JVM appends a unique suffix. */
  static final String CLASS_NAME = "dev/leadspec/codegen/ContractCode";
  /**
   * The largest {@code evaluate} the JIT compiles ({@code -XX:HugeMethodLimit}, 8000 bytes by
   * default, methods above it are only interpreted): a larger contract is left to the interpreter.
   */
  static final int MAX_METHOD_BYTES = 8000;

  private static final String BASE = "dev/leadspec/eval/GeneratedEvaluation";
  private static final String LEAD = "dev/leadspec/model/Lead";
  private static final String VALUE = "dev/leadspec/model/Value";
  private static final String VERDICT = "dev/leadspec/eval/Verdict";
  private static final String ARRAY_MAP = "dev/leadspec/internal/ArrayMap";
  private static final String EXCEPTION = "dev/leadspec/model/LeadInputException";
  private static final String BIG_DECIMAL = "java/math/BigDecimal";
  private static final String STRING = "java/lang/String";
  private static final String KLEENE = "dev/leadspec/internal/Kleene";
  private static final Handle CLASS_DATA_AT = new Handle(H_INVOKESTATIC, "java/lang/invoke/MethodHandles", "classDataAt",
      "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;I)Ljava/lang/Object;", false);

  private static final int THIS = 0;
  private static final int LEAD_ARG = 1;
  private static final int FACTS = 2;
  private static final int LIKELY = 3;
  private static final int AT = 4;
  private static final int VALUE_LOCAL = 5;
  private static final int TEMP_INT = 6;
  private static final int TEMP_LONG = 7;
  private static final int FIRST_FIELD_LOCAL = 9;

  private final Contract contract;
  private final List<Field> fields;
  private final Map<String, Integer> slots = new HashMap<>();
  /** Per slot: the local of its "known" flag, and of its number (long) or reference. */
  private final int[] knownLocal;
  private final int[] valueLocal;
  private final List<Object> classData = new ArrayList<>();
  private int nextLocal;

  private final StatusWriter statusWriter = new StatusWriter();
  private ClassWriter classWriter;
  private MethodVisitor mv;
  private int evaluateBytes = -1;

  ContractWriter(Contract contract) {
    this.contract = contract;
    this.fields = contract.fields();
    int n = fields.size();
    knownLocal = new int[n];
    valueLocal = new int[n];
    int local = FIRST_FIELD_LOCAL;
    for (int i = 0; i < n; i++) {
      slots.put(fields.get(i).name(), i);
      knownLocal[i] = local++;
      valueLocal[i] = local;
      local += isReference(fields.get(i).kind()) ? 1 : 2;
    }
    nextLocal = local;
  }

  /** The constants the class loads, in the order of their indexes: its class data. */
  List<Object> classData() {
    return List.copyOf(classData);
  }

  /** The size of the code of {@code evaluate} in bytes, known once {@link #write()} has run. */
  int evaluateBytes() {
    return evaluateBytes;
  }

  /**
   * The class file.
   *
   * @throws org.objectweb.asm.MethodTooLargeException if a method exceeds the JVM's 64 KiB
   */
  byte[] write() {
    classWriter = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
      @Override
      protected String getCommonSuperClass(String type1, String type2) {
        // locals only ever merge with their own type or null; never load classes to ask
        return type1.equals(type2) ? type1 : "java/lang/Object";
      }
    };
    classWriter.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, CLASS_NAME, null, BASE, null);
    writeConstructor();
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      if (field.kind() == FieldKind.CHOICE || field.kind() == FieldKind.CHOICES) {
        writeCodeSwitch(i, field.codes());
      }
    }
    Label end = writeEvaluate();
    classWriter.visitEnd();
    byte[] bytes = classWriter.toByteArray();
    evaluateBytes = end.getOffset();
    return bytes;
  }

  private void writeConstructor() {
    MethodVisitor init = classWriter.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
    init.visitCode();
    init.visitVarInsn(ALOAD, 0);
    init.visitMethodInsn(INVOKESPECIAL, BASE, "<init>", "()V", false);
    init.visitInsn(RETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();
  }

  /** {@code static int code<slot>(String)}: a code's position in the field's list, or -1; a switch on its hash. */
  private void writeCodeSwitch(int slot, List<String> codes) {
    MethodVisitor m = classWriter.visitMethod(ACC_PRIVATE | ACC_STATIC, "code" + slot, "(Ljava/lang/String;)I", null, null);
    m.visitCode();
    TreeMap<Integer, List<Integer>> byHash = new TreeMap<>();
    for (int i = 0; i < codes.size(); i++) {
      byHash.computeIfAbsent(codes.get(i).hashCode(), h -> new ArrayList<>()).add(i);
    }
    int[] keys = new int[byHash.size()];
    Label[] labels = new Label[byHash.size()];
    int k = 0;
    for (int hash : byHash.keySet()) {
      keys[k] = hash;
      labels[k++] = new Label();
    }
    Label none = new Label();
    m.visitVarInsn(ALOAD, 0);
    m.visitMethodInsn(INVOKEVIRTUAL, STRING, "hashCode", "()I", false);
    m.visitLookupSwitchInsn(none, keys, labels);
    k = 0;
    for (List<Integer> bucket : byHash.values()) {
      m.visitLabel(labels[k++]);
      for (int index : bucket) {
        Label next = new Label();
        m.visitLdcInsn(constant(codes.get(index), STRING));
        m.visitVarInsn(ALOAD, 0);
        m.visitMethodInsn(INVOKEVIRTUAL, STRING, "equals", "(Ljava/lang/Object;)Z", false);
        m.visitJumpInsn(IFEQ, next);
        pushInt(m, index);
        m.visitInsn(IRETURN);
        m.visitLabel(next);
      }
      m.visitJumpInsn(GOTO, none);
    }
    m.visitLabel(none);
    pushInt(m, -1);
    m.visitInsn(IRETURN);
    m.visitMaxs(0, 0);
    m.visitEnd();
  }

  /**
   * Writes {@code evaluate}. Without tables, the work is in {@code private long statuses(Lead)}
   * and {@code evaluate} only hands its result to {@code verdict}: small enough to be inlined
   * into the host's call, so the JIT can keep a verdict whose reasons are never read off the heap.
   * With tables, {@code evaluate} does everything, as the rows read the same locals.
   *
   * @return the label at the end of the method that does the work, whose offset is its size
   */
  private Label writeEvaluate() {
    boolean split = contract.tables().isEmpty();
    if (split) {
      MethodVisitor evaluate = classWriter.visitMethod(ACC_PROTECTED, "evaluate", "(L" + LEAD + ";)L" + VERDICT + ";", null, null);
      evaluate.visitCode();
      evaluate.visitVarInsn(ALOAD, THIS);
      evaluate.visitVarInsn(ALOAD, LEAD_ARG);
      evaluate.visitVarInsn(ALOAD, THIS);
      evaluate.visitVarInsn(ALOAD, LEAD_ARG);
      evaluate.visitMethodInsn(INVOKESPECIAL, CLASS_NAME, "statuses", "(L" + LEAD + ";)J", false);
      evaluate.visitInsn(ACONST_NULL);
      evaluate.visitMethodInsn(INVOKEVIRTUAL, BASE, "verdict", "(L" + LEAD + ";J[Z)L" + VERDICT + ";", false);
      evaluate.visitInsn(ARETURN);
      evaluate.visitMaxs(0, 0);
      evaluate.visitEnd();
      mv = classWriter.visitMethod(ACC_PRIVATE, "statuses", "(L" + LEAD + ";)J", null, null);
    } else {
      mv = classWriter.visitMethod(ACC_PROTECTED, "evaluate", "(L" + LEAD + ";)L" + VERDICT + ";", null, null);
    }
    mv.visitCode();
    Label start = new Label();
    mv.visitLabel(start);
    // ArrayMap<Value> facts = (ArrayMap<Value>) lead.facts(); int likely = 0;
    mv.visitVarInsn(ALOAD, LEAD_ARG);
    mv.visitMethodInsn(INVOKEVIRTUAL, LEAD, "facts", "()Ljava/util/Map;", false);
    mv.visitTypeInsn(CHECKCAST, ARRAY_MAP);
    mv.visitVarInsn(ASTORE, FACTS);
    mv.visitInsn(ICONST_0);
    mv.visitVarInsn(ISTORE, LIKELY);
    for (int i = 0; i < fields.size(); i++) {
      bind(i);
    }
    // long bits = status(0) << 0 | status(1) << 2 | ...
    int bits = nextLocal;
    nextLocal += 2;
    mv.visitInsn(LCONST_0);
    mv.visitVarInsn(LSTORE, bits);
    List<Criterion> criteria = contract.criteria();
    for (int i = 0; i < criteria.size(); i++) {
      int mark = nextLocal;
      status(criteria.get(i).condition());
      nextLocal = mark;
      mv.visitInsn(I2L);
      if (i > 0) {
        pushInt(mv, 2 * i);
        mv.visitInsn(LSHL);
      }
      mv.visitVarInsn(LLOAD, bits);
      mv.visitInsn(LOR);
      mv.visitVarInsn(LSTORE, bits);
    }
    List<Table> tables = contract.tables();
    if (!tables.isEmpty()) {
      Label rejected = new Label();
      mv.visitVarInsn(ALOAD, THIS);
      mv.visitVarInsn(LLOAD, bits);
      mv.visitMethodInsn(INVOKEVIRTUAL, BASE, "accepted", "(J)Z", false);
      mv.visitJumpInsn(IFEQ, rejected);
      int rows = nextLocal++;
      int total = 0;
      for (Table table : tables) {
        total += table.rows().size();
      }
      pushInt(mv, total);
      mv.visitIntInsn(NEWARRAY, T_BOOLEAN);
      mv.visitVarInsn(ASTORE, rows);
      int offset = 0;
      for (Table table : tables) {
        Label tableDone = new Label();
        List<Row> list = table.rows();
        for (int r = 0; r < list.size(); r++) {
          Label notMet = new Label();
          int mark = nextLocal;
          status(list.get(r).condition());
          nextLocal = mark;
          mv.visitJumpInsn(IFNE, notMet);
          mv.visitVarInsn(ALOAD, rows);
          pushInt(mv, offset + r);
          mv.visitInsn(ICONST_1);
          mv.visitInsn(BASTORE);
          if (table.hitPolicy() == HitPolicy.FIRST) {
            mv.visitJumpInsn(GOTO, tableDone);
          }
          mv.visitLabel(notMet);
        }
        mv.visitLabel(tableDone);
        offset += list.size();
      }
      verdict(bits, rows);
      mv.visitLabel(rejected);
    }
    if (split) {
      mv.visitVarInsn(LLOAD, bits);
      mv.visitInsn(org.objectweb.asm.Opcodes.LRETURN);
    } else {
      verdict(bits, -1);
    }
    Label end = new Label();
    mv.visitLabel(end);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    return end;
  }

  /** {@code return verdict(lead, bits, rows)}; rows null where {@code rows < 0}. */
  private void verdict(int bits, int rows) {
    mv.visitVarInsn(ALOAD, THIS);
    mv.visitVarInsn(ALOAD, LEAD_ARG);
    mv.visitVarInsn(LLOAD, bits);
    if (rows < 0) {
      mv.visitInsn(ACONST_NULL);
    } else {
      mv.visitVarInsn(ALOAD, rows);
    }
    mv.visitMethodInsn(INVOKEVIRTUAL, BASE, "verdict", "(L" + LEAD + ";J[Z)L" + VERDICT + ";", false);
    mv.visitInsn(ARETURN);
  }

  // ---------------------------------------------------------------- binding

  /**
   * Binds field {@code slot} as the interpreter's binder of its kind does: the fact looked for
   * first just after the previous one found, the kind checked, the value placed in locals, or
   * the field marked unknown.
   */
  private void bind(int slot) {
    Field field = fields.get(slot);
    Label unknown = new Label();
    Label done = new Label();
    // int at = facts.indexOf(NAME, likely); if (at < 0) goto unknown;
    mv.visitVarInsn(ALOAD, FACTS);
    mv.visitLdcInsn(constant(field.name(), STRING));
    mv.visitVarInsn(ILOAD, LIKELY);
    mv.visitMethodInsn(INVOKEVIRTUAL, ARRAY_MAP, "indexOf", "(Ljava/lang/String;I)I", false);
    mv.visitInsn(org.objectweb.asm.Opcodes.DUP);
    mv.visitVarInsn(ISTORE, AT);
    mv.visitJumpInsn(IFLT, unknown);
    // Value value = (Value) facts.valueAt(at);
    mv.visitVarInsn(ALOAD, FACTS);
    mv.visitVarInsn(ILOAD, AT);
    mv.visitMethodInsn(INVOKEVIRTUAL, ARRAY_MAP, "valueAt", "(I)Ljava/lang/Object;", false);
    mv.visitTypeInsn(CHECKCAST, VALUE);
    mv.visitVarInsn(ASTORE, VALUE_LOCAL);
    int target = valueLocal[slot];
    switch (field.kind()) {
      case INTEGER:
        castOrThrow(slot, "IntegerValue");
        mv.visitMethodInsn(INVOKEVIRTUAL, VALUE + "$IntegerValue", "number", "()J", false);
        mv.visitVarInsn(LSTORE, target);
        break;
      case DECIMAL: {
        Label integer = new Label();
        Label placed = new Label();
        mv.visitVarInsn(ALOAD, VALUE_LOCAL);
        mv.visitTypeInsn(org.objectweb.asm.Opcodes.INSTANCEOF, VALUE + "$DecimalValue");
        mv.visitJumpInsn(IFEQ, integer);
        mv.visitVarInsn(ALOAD, VALUE_LOCAL);
        mv.visitTypeInsn(CHECKCAST, VALUE + "$DecimalValue");
        mv.visitMethodInsn(INVOKEVIRTUAL, VALUE + "$DecimalValue", "number", "()L" + BIG_DECIMAL + ";", false);
        mv.visitVarInsn(ASTORE, target);
        mv.visitJumpInsn(GOTO, placed);
        mv.visitLabel(integer);
        castOrThrow(slot, "IntegerValue");
        mv.visitMethodInsn(INVOKEVIRTUAL, VALUE + "$IntegerValue", "number", "()J", false);
        mv.visitMethodInsn(INVOKESTATIC, BIG_DECIMAL, "valueOf", "(J)L" + BIG_DECIMAL + ";", false);
        mv.visitVarInsn(ASTORE, target);
        mv.visitLabel(placed);
        break;
      }
      case CHOICE: {
        castOrThrow(slot, "TextValue");
        mv.visitMethodInsn(INVOKEVIRTUAL, VALUE + "$TextValue", "text", "()Ljava/lang/String;", false);
        mv.visitMethodInsn(INVOKESTATIC, CLASS_NAME, "code" + slot, "(Ljava/lang/String;)I", false);
        mv.visitInsn(org.objectweb.asm.Opcodes.DUP);
        mv.visitVarInsn(ISTORE, TEMP_INT);
        Label found = new Label();
        mv.visitJumpInsn(IFGE, found);
        throwError(slot, "unknownCode");
        mv.visitLabel(found);
        mv.visitVarInsn(ILOAD, TEMP_INT);
        mv.visitInsn(I2L);
        mv.visitVarInsn(LSTORE, target);
        break;
      }
      case CHOICES:
        bindChoices(slot, target);
        break;
      case FLAG:
        castOrThrow(slot, "FlagValue");
        mv.visitMethodInsn(INVOKEVIRTUAL, VALUE + "$FlagValue", "flag", "()Z", false);
        mv.visitInsn(I2L);
        mv.visitVarInsn(LSTORE, target);
        break;
      case ANSWER: {
        castOrThrow(slot, "AnswerValue");
        mv.visitMethodInsn(INVOKEVIRTUAL, VALUE + "$AnswerValue", "answer", "()Ldev/leadspec/model/Answer;", false);
        mv.visitFieldInsn(GETSTATIC, "dev/leadspec/model/Answer", Answer.YES.name(), "Ldev/leadspec/model/Answer;");
        Label no = new Label();
        Label placed = new Label();
        mv.visitJumpInsn(IF_ACMPNE, no);
        mv.visitInsn(LCONST_1);
        mv.visitJumpInsn(GOTO, placed);
        mv.visitLabel(no);
        mv.visitInsn(LCONST_0);
        mv.visitLabel(placed);
        mv.visitVarInsn(LSTORE, target);
        break;
      }
      case DATE:
        castOrThrow(slot, "DateValue");
        mv.visitMethodInsn(INVOKEVIRTUAL, VALUE + "$DateValue", "date", "()Ljava/time/LocalDate;", false);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/time/LocalDate", "toEpochDay", "()J", false);
        mv.visitVarInsn(LSTORE, target);
        break;
      case TEXT:
        castOrThrow(slot, "TextValue");
        mv.visitMethodInsn(INVOKEVIRTUAL, VALUE + "$TextValue", "text", "()Ljava/lang/String;", false);
        mv.visitVarInsn(ASTORE, target);
        break;
      default:
        throw new AssertionError(field.kind());
    }
    // known = true; likely = at + 1;
    mv.visitInsn(ICONST_1);
    mv.visitVarInsn(ISTORE, knownLocal[slot]);
    mv.visitVarInsn(ILOAD, AT);
    mv.visitInsn(ICONST_1);
    mv.visitInsn(IADD);
    mv.visitVarInsn(ISTORE, LIKELY);
    mv.visitJumpInsn(GOTO, done);
    // unknown: known = false, and the value a definite default the verifier can see
    mv.visitLabel(unknown);
    mv.visitInsn(ICONST_0);
    mv.visitVarInsn(ISTORE, knownLocal[slot]);
    if (isReference(field.kind())) {
      mv.visitInsn(ACONST_NULL);
      mv.visitVarInsn(ASTORE, target);
    } else {
      mv.visitInsn(LCONST_0);
      mv.visitVarInsn(LSTORE, target);
    }
    mv.visitLabel(done);
  }

  /** A set of codes as the bit mask of their positions; any code outside the set is the interpreter's error. */
  private void bindChoices(int slot, int target) {
    castOrThrow(slot, "CodesValue");
    mv.visitMethodInsn(INVOKEVIRTUAL, VALUE + "$CodesValue", "codes", "()Ljava/util/List;", false);
    int list = nextLocal++;
    int index = nextLocal++;
    mv.visitVarInsn(ASTORE, list);
    mv.visitInsn(LCONST_0);
    mv.visitVarInsn(LSTORE, TEMP_LONG);
    mv.visitInsn(ICONST_0);
    mv.visitVarInsn(ISTORE, index);
    Label loop = new Label();
    Label exit = new Label();
    Label found = new Label();
    mv.visitLabel(loop);
    mv.visitVarInsn(ILOAD, index);
    mv.visitVarInsn(ALOAD, list);
    mv.visitMethodInsn(INVOKEINTERFACE, "java/util/List", "size", "()I", true);
    mv.visitJumpInsn(IF_ICMPGE, exit);
    mv.visitVarInsn(ALOAD, list);
    mv.visitVarInsn(ILOAD, index);
    mv.visitMethodInsn(INVOKEINTERFACE, "java/util/List", "get", "(I)Ljava/lang/Object;", true);
    mv.visitTypeInsn(CHECKCAST, STRING);
    mv.visitMethodInsn(INVOKESTATIC, CLASS_NAME, "code" + slot, "(Ljava/lang/String;)I", false);
    mv.visitInsn(org.objectweb.asm.Opcodes.DUP);
    mv.visitVarInsn(ISTORE, TEMP_INT);
    mv.visitJumpInsn(IFGE, found);
    throwError(slot, "unknownCode");
    mv.visitLabel(found);
    mv.visitVarInsn(LLOAD, TEMP_LONG);
    mv.visitInsn(LCONST_1);
    mv.visitVarInsn(ILOAD, TEMP_INT);
    mv.visitInsn(LSHL);
    mv.visitInsn(LOR);
    mv.visitVarInsn(LSTORE, TEMP_LONG);
    mv.visitIincInsn(index, 1);
    mv.visitJumpInsn(GOTO, loop);
    mv.visitLabel(exit);
    mv.visitVarInsn(LLOAD, TEMP_LONG);
    mv.visitVarInsn(LSTORE, target);
    nextLocal -= 2;
  }

  /** Leaves the fact cast to {@code Value$<record>} on the stack, or throws the interpreter's wrong-kind error. */
  private void castOrThrow(int slot, String record) {
    Label ok = new Label();
    mv.visitVarInsn(ALOAD, VALUE_LOCAL);
    mv.visitTypeInsn(org.objectweb.asm.Opcodes.INSTANCEOF, VALUE + "$" + record);
    mv.visitJumpInsn(IFNE, ok);
    throwError(slot, "wrongKind");
    mv.visitLabel(ok);
    mv.visitVarInsn(ALOAD, VALUE_LOCAL);
    mv.visitTypeInsn(CHECKCAST, VALUE + "$" + record);
  }

  /** {@code throw this.<builder>(slot, lead, value)}: the interpreter's own exception. */
  private void throwError(int slot, String builder) {
    mv.visitVarInsn(ALOAD, THIS);
    pushInt(mv, slot);
    mv.visitVarInsn(ALOAD, LEAD_ARG);
    mv.visitVarInsn(ALOAD, VALUE_LOCAL);
    mv.visitMethodInsn(INVOKEVIRTUAL, BASE, builder, "(IL" + LEAD + ";L" + VALUE + ";)L" + EXCEPTION + ";", false);
    mv.visitInsn(ATHROW);
  }

  // ---------------------------------------------------------------- conditions

  /** Leaves the condition's status code (0 MET, 1 NOT_MET, 2 UNKNOWN: {@link Kleene}'s) on the stack. */
  private void status(Condition condition) {
    condition.accept(statusWriter);
  }

  /**
   * Writes the code of each kind of condition; mirrors the interpreter's {@code ConditionCompiler}
   * case for case (ordering keys through {@link KeyRange}, decimals through {@link Value#decimal()}).
   */
  private final class StatusWriter implements Condition.Visitor<Void> {
    @Override
    public Void visit(Condition.Compare compare) {
      int slot = slot(compare.field());
      Operator op = compare.operator();
      Value value = compare.value();
      switch (kind(slot)) {
        case DECIMAL: {
          BigDecimal number = value.decimal().orElseThrow();
          switch (op) {
            case LT: decimalRange(slot, null, false, number, false); return null;
            case LE: decimalRange(slot, null, false, number, true); return null;
            case GT: decimalRange(slot, number, false, null, false); return null;
            case GE: decimalRange(slot, number, true, null, false); return null;
            default: decimalRange(slot, number, true, number, true);
          }
          break;
        }
        case INTEGER:
        case DATE:
        case FLAG:
        case ANSWER:
          // ≠ gives the single key it excludes, negated below; flags and answers take only = and ≠
          keyRange(slot, compare.keyRange().orElseThrow());
          break;
        case CHOICE:
          codeIn(slot, List.of(((Value.TextValue) value).text()));
          break;
        case CHOICES:
          mask(slot, mask(slot, ((Value.CodesValue) value).codes()), MaskMode.EQUAL);
          break;
        case TEXT:
          textIn(slot, List.of(((Value.TextValue) value).text()));
          break;
        default:
          throw new AssertionError(kind(slot));
      }
      if (op == Operator.NE) {
        not();
      }
      return null;
    }

    @Override
    public Void visit(Condition.Between between) {
      int slot = slot(between.field());
      if (kind(slot) == FieldKind.DECIMAL) {
        decimalRange(slot, between.low().decimal().orElseThrow(), between.lowInclusive(), between.high().decimal().orElseThrow(),
            between.highInclusive());
      } else {
        keyRange(slot, between.keyRange().orElseThrow());
      }
      return null;
    }

    @Override
    public Void visit(Condition.In in) {
      int slot = slot(in.field());
      if (kind(slot) == FieldKind.TEXT) {
        textIn(slot, in.codes());
      } else {
        codeIn(slot, in.codes());
      }
      if (in.negated()) {
        not();
      }
      return null;
    }

    @Override
    public Void visit(Condition.Contains contains) {
      int slot = slot(contains.field());
      mask(slot, mask(slot, contains.codes()), contains.all() ? MaskMode.ALL : MaskMode.ANY);
      return null;
    }

    @Override
    public Void visit(Condition.Known known) {
      known(slot(known.field()), known.known());
      return null;
    }

    @Override
    public Void visit(Condition.All all) {
      junction(all.parts(), "and", Kleene.NOT_MET, Kleene.MET);
      return null;
    }

    @Override
    public Void visit(Condition.Any any) {
      junction(any.parts(), "or", Kleene.MET, Kleene.NOT_MET);
      return null;
    }

    @Override
    public Void visit(Condition.Not not) {
      status(not.part());
      not();
      return null;
    }

    @Override
    public Void visit(Condition.AtLeast atLeast) {
      atLeast(atLeast.count(), atLeast.parts());
      return null;
    }
  }

  /**
   * The shape every leaf shares: UNKNOWN where the slot is unknown, else the test {@code met}
   * writes, which jumps to its label when the condition does not hold.
   */
  private void leaf(int slot, java.util.function.Consumer<Label> met) {
    Label unknown = new Label();
    Label notMet = new Label();
    Label end = new Label();
    mv.visitVarInsn(ILOAD, knownLocal[slot]);
    mv.visitJumpInsn(IFEQ, unknown);
    met.accept(notMet);
    mv.visitInsn(ICONST_0);
    mv.visitJumpInsn(GOTO, end);
    mv.visitLabel(notMet);
    mv.visitInsn(ICONST_1);
    mv.visitJumpInsn(GOTO, end);
    mv.visitLabel(unknown);
    mv.visitInsn(ICONST_2);
    mv.visitLabel(end);
  }

  /** An integer, date, answer or flag (its {@linkplain Value#orderingKey() ordering key}) in a key range. */
  private void keyRange(int slot, KeyRange range) {
    int x = valueLocal[slot];
    long lo = range.low();
    long hi = range.high();
    leaf(slot, notMet -> {
      if (range.isEmpty()) {
        mv.visitJumpInsn(GOTO, notMet);
        return;
      }
      if (lo != Long.MIN_VALUE) {
        mv.visitVarInsn(LLOAD, x);
        mv.visitLdcInsn(lo);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFLT, notMet);
      }
      if (hi != Long.MAX_VALUE) {
        mv.visitVarInsn(LLOAD, x);
        mv.visitLdcInsn(hi);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFGT, notMet);
      }
    });
  }

  private void decimalRange(int slot, @Nullable BigDecimal lo, boolean loInclusive, @Nullable BigDecimal hi, boolean hiInclusive) {
    int x = valueLocal[slot];
    leaf(slot, notMet -> {
      if (lo != null) {
        mv.visitVarInsn(ALOAD, x);
        mv.visitTypeInsn(CHECKCAST, BIG_DECIMAL);
        mv.visitLdcInsn(constant(lo, BIG_DECIMAL));
        mv.visitMethodInsn(INVOKEVIRTUAL, BIG_DECIMAL, "compareTo", "(L" + BIG_DECIMAL + ";)I", false);
        mv.visitJumpInsn(loInclusive ? IFLT : IFLE, notMet);
      }
      if (hi != null) {
        mv.visitVarInsn(ALOAD, x);
        mv.visitTypeInsn(CHECKCAST, BIG_DECIMAL);
        mv.visitLdcInsn(constant(hi, BIG_DECIMAL));
        mv.visitMethodInsn(INVOKEVIRTUAL, BIG_DECIMAL, "compareTo", "(L" + BIG_DECIMAL + ";)I", false);
        mv.visitJumpInsn(hiInclusive ? IFGT : IFGE, notMet);
      }
    });
  }

  /** A choice (its code's position) among some codes: a bit test, or a table past 64 codes. */
  private void codeIn(int slot, List<String> codes) {
    int x = valueLocal[slot];
    List<String> all = fields.get(slot).codes();
    leaf(slot, notMet -> {
      if (all.size() <= 64) {
        mv.visitInsn(LCONST_1);
        mv.visitVarInsn(LLOAD, x);
        mv.visitInsn(L2I);
        mv.visitInsn(LSHL);
        mv.visitLdcInsn(mask(slot, codes));
        mv.visitInsn(LAND);
        mv.visitInsn(LCONST_0);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFEQ, notMet);
      } else {
        boolean[] member = new boolean[all.size()];
        for (String code : codes) {
          member[all.indexOf(code)] = true;
        }
        mv.visitLdcInsn(constant(member, "[Z"));
        mv.visitVarInsn(LLOAD, x);
        mv.visitInsn(L2I);
        mv.visitInsn(BALOAD);
        mv.visitJumpInsn(IFEQ, notMet);
      }
    });
  }

  private enum MaskMode { EQUAL, ANY, ALL }

  /** A set of choices (bit mask) equal to, meeting any of, or containing all of a mask. */
  private void mask(int slot, long mask, MaskMode mode) {
    int x = valueLocal[slot];
    leaf(slot, notMet -> {
      mv.visitVarInsn(LLOAD, x);
      if (mode != MaskMode.EQUAL) {
        mv.visitLdcInsn(mask);
        mv.visitInsn(LAND);
      }
      mv.visitLdcInsn(mode == MaskMode.ANY ? 0L : mask);
      mv.visitInsn(LCMP);
      mv.visitJumpInsn(mode == MaskMode.ANY ? IFEQ : IFNE, notMet);
    });
  }

  /** A text equal to one of some texts. */
  private void textIn(int slot, List<String> texts) {
    int x = valueLocal[slot];
    leaf(slot, notMet -> {
      Label met = new Label();
      for (String text : texts) {
        mv.visitLdcInsn(constant(text, STRING));
        mv.visitVarInsn(ALOAD, x);
        mv.visitMethodInsn(INVOKEVIRTUAL, STRING, "equals", "(Ljava/lang/Object;)Z", false);
        mv.visitJumpInsn(IFNE, met);
      }
      mv.visitJumpInsn(GOTO, notMet);
      mv.visitLabel(met);
    });
  }

  /** isKnown / isUnknown: never unknown itself. */
  private void known(int slot, boolean known) {
    Label notMet = new Label();
    Label end = new Label();
    mv.visitVarInsn(ILOAD, knownLocal[slot]);
    mv.visitJumpInsn(known ? IFEQ : IFNE, notMet);
    mv.visitInsn(ICONST_0);
    mv.visitJumpInsn(GOTO, end);
    mv.visitLabel(notMet);
    mv.visitInsn(ICONST_1);
    mv.visitLabel(end);
  }

  /** {@link Kleene#not}: swaps MET and NOT_MET, keeps UNKNOWN. */
  private void not() {
    mv.visitMethodInsn(INVOKESTATIC, KLEENE, "not", "(I)I", false);
  }

  /**
   * {@link Kleene#and} or {@link Kleene#or} ({@code combine}) over the parts, stopping at the
   * first part that makes the result {@code dominant} (NOT_MET for a conjunction, MET for a
   * disjunction), starting from {@code neutral}.
   */
  private void junction(List<Condition> parts, String combine, int dominant, int neutral) {
    int result = nextLocal++;
    Label done = new Label();
    pushInt(mv, neutral);
    mv.visitVarInsn(ISTORE, result);
    for (Condition condition : parts) {
      status(condition);
      mv.visitVarInsn(ILOAD, result);
      mv.visitMethodInsn(INVOKESTATIC, KLEENE, combine, "(II)I", false);
      mv.visitInsn(org.objectweb.asm.Opcodes.DUP);
      mv.visitVarInsn(ISTORE, result);
      pushInt(mv, dominant);
      mv.visitJumpInsn(IF_ICMPEQ, done);
    }
    mv.visitLabel(done);
    mv.visitVarInsn(ILOAD, result);
    nextLocal -= 1;
  }

  /** {@link Kleene#atLeast} over the parts' counts of MET and UNKNOWN. */
  private void atLeast(int count, List<Condition> parts) {
    int met = nextLocal++;
    int unknown = nextLocal++;
    int part = nextLocal++;
    mv.visitInsn(ICONST_0);
    mv.visitVarInsn(ISTORE, met);
    mv.visitInsn(ICONST_0);
    mv.visitVarInsn(ISTORE, unknown);
    for (Condition condition : parts) {
      Label notMet = new Label();
      Label next = new Label();
      status(condition);
      mv.visitInsn(org.objectweb.asm.Opcodes.DUP);
      mv.visitVarInsn(ISTORE, part);
      mv.visitJumpInsn(IFNE, notMet);
      mv.visitIincInsn(met, 1);
      mv.visitJumpInsn(GOTO, next);
      mv.visitLabel(notMet);
      mv.visitVarInsn(ILOAD, part);
      mv.visitInsn(ICONST_2);
      mv.visitJumpInsn(IF_ICMPNE, next);
      mv.visitIincInsn(unknown, 1);
      mv.visitLabel(next);
    }
    mv.visitVarInsn(ILOAD, met);
    mv.visitVarInsn(ILOAD, unknown);
    pushInt(mv, count);
    mv.visitMethodInsn(INVOKESTATIC, KLEENE, "atLeast", "(III)I", false);
    nextLocal -= 3;
  }

  // ---------------------------------------------------------------- helpers

  /** A constant of the class data, loaded by {@code ldc}: the value never becomes code. */
  private ConstantDynamic constant(Object value, String internalName) {
    int index = classData.size();
    classData.add(value);
    String descriptor = internalName.startsWith("[") ? internalName : "L" + internalName + ";";
    return new ConstantDynamic("_", descriptor, CLASS_DATA_AT, index);
  }

  private static void pushInt(MethodVisitor m, int value) {
    if (value >= -1 && value <= 5) {
      m.visitInsn(ICONST_0 + value);
    } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
      m.visitIntInsn(org.objectweb.asm.Opcodes.BIPUSH, value);
    } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
      m.visitIntInsn(org.objectweb.asm.Opcodes.SIPUSH, value);
    } else {
      m.visitLdcInsn(value);
    }
  }

  private int slot(String field) {
    return slots.get(field);
  }

  private FieldKind kind(int slot) {
    return fields.get(slot).kind();
  }

  private long mask(int slot, List<String> codes) {
    List<String> all = fields.get(slot).codes();
    long mask = 0;
    for (String code : codes) {
      mask |= 1L << all.indexOf(code);
    }
    return mask;
  }

  private static boolean isReference(FieldKind kind) {
    return kind == FieldKind.DECIMAL || kind == FieldKind.TEXT;
  }
}
